using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;

namespace Chancery.Domain;

/// <summary>
/// The stable, readable name of a <typeparamref name="TEntity"/> that reference data defines:
/// <c>Key&lt;Mechanism&gt;</c> <c>asean-ru-som</c>, <c>Key&lt;Plan&gt;</c> <c>asean-ru-cpa-2021-2025</c>.
/// Lower-case letters and digits in hyphen-separated words.
/// </summary>
public readonly record struct Key<TEntity> : IComparable<Key<TEntity>>
{
    public const int MaxLength = 96;

    public Key(string value)
    {
        if (!IsWellFormed(value))
        {
            throw new ArgumentException($"'{value}' is not a key: use lower-case words and digits joined by hyphens", nameof(value));
        }
        Value = value;
    }

    public string Value => field ?? string.Empty;

    public static bool TryParse([NotNullWhen(true)] string? text, out Key<TEntity> key)
    {
        var candidate = text?.Trim();
        key = IsWellFormed(candidate) ? new Key<TEntity>(candidate) : default;
        return key != default;
    }

    /// <summary>Builds a key from words of any case and punctuation: "ASEAN-Russia SOM" becomes <c>asean-russia-som</c>.</summary>
    public static Key<TEntity> FromWords(params IEnumerable<string> words)
    {
        var builder = new StringBuilder();
        foreach (var c in string.Join('-', words).Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(char.ToLowerInvariant(c));
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                // The accent of a decomposed letter: "é" is "e" followed by it.
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        var slug = builder.ToString().Trim('-');
        return new Key<TEntity>(slug.Length > MaxLength ? slug[..MaxLength].TrimEnd('-') : slug);
    }

    public int CompareTo(Key<TEntity> other) => string.CompareOrdinal(Value, other.Value);

    public override string ToString() => Value;

    private static bool IsWellFormed([NotNullWhen(true)] string? value) =>
        value is { Length: > 0 and <= MaxLength }
        && value[0] != '-' && value[^1] != '-'
        && value.All(c => char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c == '-')
        && !value.Contains("--", StringComparison.Ordinal);
}
