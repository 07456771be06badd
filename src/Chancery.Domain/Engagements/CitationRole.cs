namespace Chancery.Domain;

/// <summary>How a source speaks of an engagement.</summary>
public enum CitationRole
{
    /// <summary>The engagement is what the source reports.</summary>
    Primary,

    /// <summary>The source refers to it in passing: an earlier sitting, an announced meeting.</summary>
    Mentioned,
}
