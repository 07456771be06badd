namespace Chancery.Domain;

public enum ActorKind
{
    /// <summary>A state or territory with an ISO 3166-1 alpha-2 code.</summary>
    State,

    /// <summary>An international or regional organisation, or an agency acting in its own name.</summary>
    Organisation,
}
