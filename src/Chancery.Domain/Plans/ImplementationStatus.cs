namespace Chancery.Domain;

/// <summary>How far an action line of a plan has come.</summary>
public enum ImplementationStatus
{
    NotStarted,
    Ongoing,
    Implemented,
}
