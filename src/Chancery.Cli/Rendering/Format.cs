using Chancery.Domain;
using Spectre.Console;

namespace Chancery.Cli.Rendering;

/// <summary>How values read in tables: dates, kinds, places, lists; all escaped for Spectre markup.</summary>
internal static class Format
{
    public static string Escaped(string? text) => Markup.Escape(text ?? "");

    public static string Date(DateSpan? when) => when?.ToString() ?? "[grey]undated[/]";

    public static string Date(DateOnly? date) => date is { } d ? IsoDate.Format(d) : "";

    public static string Kind(EngagementKind kind) => Taxonomy<EngagementKind>.Label(kind);

    public static string Place(Place place) => Escaped(place.ToString());

    /// <summary>"ASEAN, RU"; a long list as its first parties and a count: "ASEAN, AU, CN +6".</summary>
    public static string Parties(IReadOnlyList<ActorId> parties) =>
        parties.Count <= 4
            ? string.Join(", ", parties)
            : $"{string.Join(", ", parties.Take(3))} [grey]+{parties.Count - 3}[/]";

    public static string Truncated(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
