namespace Chancery.Domain;

/// <summary>
/// The characters [<see cref="Start"/>, <see cref="End"/>) of a source's text that support one value of
/// a field ("Evgeny Zagaynov" for participants), and how sure the reader was, from 0 to 1.
/// </summary>
public sealed record EvidenceSpan
{
    public EvidenceSpan(EngagementField field, int start, int end, double confidence = 1.0, string? value = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        if (end <= start)
        {
            throw new ArgumentOutOfRangeException(nameof(end), end, $"a span ends after it starts ({start})");
        }
        if (confidence is < 0 or > 1 || double.IsNaN(confidence))
        {
            throw new ArgumentOutOfRangeException(nameof(confidence), confidence, "a confidence lies between 0 and 1");
        }
        Field = field;
        Start = start;
        End = end;
        Confidence = confidence;
        Value = value;
    }

    public EngagementField Field { get; }

    public int Start { get; }

    public int End { get; }

    public int Length => End - Start;

    public double Confidence { get; }

    /// <summary>The value the span supports, where a field has several ("trade" among the sectors).</summary>
    public string? Value { get; }

    /// <summary>The quoted text, or null when the span lies outside the text.</summary>
    public string? Quote(string text) => End <= text.Length ? text[Start..End] : null;
}
