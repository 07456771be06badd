using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Chancery.Domain;

/// <summary>ISO 8601 calendar dates (YYYY-MM-DD), the only way Chancery writes a date as text.</summary>
public static class IsoDate
{
    public const string Pattern = "yyyy-MM-dd";

    public static string Format(DateOnly date) => date.ToString(Pattern, CultureInfo.InvariantCulture);

    public static bool TryParse([NotNullWhen(true)] string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text?.Trim(), Pattern, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static DateOnly Parse(string text) =>
        TryParse(text, out var date) ? date : throw new FormatException($"'{text}' is not a date written YYYY-MM-DD");
}
