using Microsoft.AspNetCore.Mvc;

namespace Chancery.Web.Filters;

/// <summary>Words to look for and a page of what they find (<c>?q=Zagaynov&amp;page=2&amp;page_size=20</c>), as every list reads them.</summary>
public record PageRequest
{
    public const int DefaultPageSize = 50;
    public const int MaxPageSize = 200;

    /// <summary>Words to find.</summary>
    public string? Q { get; init; }

    /// <summary>From 1.</summary>
    public string? Page { get; init; }

    [FromQuery(Name = "page_size")]
    public string? PageSize { get; init; }

    // Numbers travel as text: a form sends its empty fields too ("year="), and an empty field is no filter, not an error.
    public int PageNumber => Math.Max(1, Number(Page) ?? 1);

    public int Size => Math.Clamp(Number(PageSize) ?? DefaultPageSize, 1, MaxPageSize);

    public int Offset => (PageNumber - 1) * Size;

    protected static int? Number(string? text) =>
        int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) ? number : null;

    protected static bool IsNumberOrEmpty(string? text) => string.IsNullOrWhiteSpace(text) || Number(text) is not null;

    /// <summary>Notes what is wrong with the page asked for, keyed by parameter.</summary>
    public void CheckPaging(Dictionary<string, string[]> problems)
    {
        if (!IsNumberOrEmpty(Page) || Number(Page) is < 1)
        {
            problems["page"] = ["pages are numbered from 1"];
        }
        if (!IsNumberOrEmpty(PageSize) || Number(PageSize) is < 1 or > MaxPageSize)
        {
            problems["page_size"] = [$"a page holds 1 to {MaxPageSize} records"];
        }
    }
}
