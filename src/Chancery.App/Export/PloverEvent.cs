namespace Chancery.App;

/// <summary>
/// An engagement as a PLOVER-style event record: every engagement is a CONSULT, with the mode PLOVER gives consultations
/// (visit, multilateral, phone), the actor and the recipient, when and where, and the sources that report it.
/// </summary>
public sealed record PloverEvent(
    string EventId,
    string EventDate,
    string EventType,
    string? Mode,
    string Actor,
    string Recipient,
    PloverLocation? Location,
    IReadOnlyList<string> Sources,
    string Kind,
    IReadOnlyList<string> Sectors,
    string Summary);
