namespace Chancery.Domain;

/// <summary>One numbered commitment of a plan: "1.1.3 Strengthen cooperation ...", its sector and status.</summary>
public sealed record ActionLine
{
    public ActionLine(ActionLineNumber number, string text, Sector? sector = null, ImplementationStatus status = ImplementationStatus.NotStarted)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        Number = number;
        Text = text.Trim();
        Sector = sector;
        Status = status;
    }

    public ActionLineNumber Number { get; }

    public string Text { get; }

    public Sector? Sector { get; }

    public ImplementationStatus Status { get; }
}
