namespace Chancery.Extraction.Recognition.Actors;

/// <summary>How a text names an actor.</summary>
internal enum ActorForm
{
    /// <summary>"Russia", "the Russian Federation", "ASEAN".</summary>
    Name,

    /// <summary>"Russian", as in "the Russian side" or "Russian Foreign Minister".</summary>
    Adjective,

    /// <summary>"Russians".</summary>
    Demonym,
}
