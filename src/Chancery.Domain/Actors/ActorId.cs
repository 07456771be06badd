using System.Diagnostics.CodeAnalysis;

namespace Chancery.Domain;

/// <summary>
/// Who an actor is: an ISO 3166-1 alpha-2 code for a state (<c>RU</c>) or an organisation id
/// (<c>ASEAN</c>, <c>AFRICAN-UNION</c>). Always upper case; letters, digits and inner hyphens.
/// </summary>
public readonly record struct ActorId : IComparable<ActorId>
{
    public const int MaxLength = 32;

    public ActorId(string value)
    {
        if (!IsWellFormed(value))
        {
            throw new ArgumentException($"'{value}' is not an actor id: use an ISO 3166-1 alpha-2 code or an organisation's upper-case id", nameof(value));
        }
        Value = value;
    }

    public string Value => field ?? string.Empty;

    /// <summary>Reads an id in any case: <c>ru</c> is <c>RU</c>.</summary>
    public static ActorId Parse(string text) => new(text.Trim().ToUpperInvariant());

    public static bool TryParse([NotNullWhen(true)] string? text, out ActorId id)
    {
        var candidate = text?.Trim().ToUpperInvariant();
        id = IsWellFormed(candidate) ? new ActorId(candidate) : default;
        return id != default;
    }

    public int CompareTo(ActorId other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;

    private static bool IsWellFormed([NotNullWhen(true)] string? value) =>
        value is { Length: >= 2 and <= MaxLength }
        && char.IsAsciiLetterUpper(value[0])
        && value[^1] != '-'
        && value.All(c => char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c) || c == '-')
        && !value.Contains("--", StringComparison.Ordinal);
}
