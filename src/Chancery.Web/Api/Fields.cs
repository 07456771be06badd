using Chancery.Domain;
using Chancery.Web.Filters;

namespace Chancery.Web.Api;

/// <summary>
/// Reads the fields of a request body, noting each problem under the field's name so that a script learns every
/// mistake of a request at once.
/// </summary>
internal static class Fields
{
    /// <summary>A day or a span of days ("2023-07-05", to "2023-07-06"), at most an engagement's length.</summary>
    public static DateSpan? Span(string? date, string? endDate, Dictionary<string, string[]> problems, string name = "date")
    {
        if (date is null && endDate is null)
        {
            return null;
        }
        if (date is null || !DateSpan.TryParse(endDate is null ? date : $"{date}/{endDate}", out var span) || span.Days > Engagement.MaxDays)
        {
            problems[name] = [$"'{date}'{(endDate is null ? "" : $" to '{endDate}'")} is not a date (YYYY-MM-DD) or a span of at most {Engagement.MaxDays} days"];
            return null;
        }
        return span;
    }

    public static DateOnly? Day(string? text, string name, Dictionary<string, string[]> problems)
    {
        if (text is null)
        {
            return null;
        }
        if (IsoDate.TryParse(text, out var day))
        {
            return day;
        }
        problems[name] = [$"'{text}' is not a date (YYYY-MM-DD)"];
        return null;
    }

    public static ActorId? Actor(string? code, string name, Dictionary<string, string[]> problems)
    {
        if (code is null)
        {
            return null;
        }
        if (ActorId.TryParse(code, out var id))
        {
            return id;
        }
        problems[name] = [$"'{code}' is not an actor code such as RU or ASEAN"];
        return null;
    }

    public static IReadOnlyList<ActorId> Actors(IReadOnlyList<string>? codes, string name, Dictionary<string, string[]> problems)
    {
        var wrong = (codes ?? []).Where(code => !ActorId.TryParse(code, out _)).ToList();
        if (wrong.Count > 0)
        {
            problems[name] = [$"{string.Join(", ", wrong.Select(w => $"'{w}'"))} {(wrong.Count == 1 ? "is not an actor code" : "are not actor codes")} such as RU or ASEAN"];
            return [];
        }
        return [.. (codes ?? []).Select(code => ActorId.Parse(code))];
    }

    /// <summary>A classification the writer is cleared for: no one classifies a record above their own clearance.</summary>
    public static Classification? Classification(string? slug, Classification clearance, Dictionary<string, string[]> problems)
    {
        var classification = Slugs.Read<Classification>(slug, "classification", problems);
        if (classification > clearance)
        {
            problems["classification"] = [$"you are cleared for {Taxonomy<Classification>.Slug(clearance)} records, and cannot classify one {slug}"];
            return null;
        }
        return classification;
    }

    public static string? Required(string? text, string name, Dictionary<string, string[]> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            problems[name] = ["is required"];
            return null;
        }
        return text.Trim();
    }
}
