using Chancery.Domain;

namespace Chancery.Web.Pages;

/// <summary>How pages write dates and places: "5 Jul 2023", "12-13 Mar 2024", "Jakarta, ID", "videoconference".</summary>
public static class Show
{
    public static string Date(DateSpan? when) => when switch
    {
        null => "undated",
        { End: null } span => Day(span.Start),
        { End: { } end } span when end.Year == span.Start.Year && end.Month == span.Start.Month => $"{span.Start.Day}-{Day(end)}",
        { End: { } end } span => $"{Day(span.Start)} - {Day(end)}",
    };

    public static string Date(string? iso) => iso is null ? "undated" : Day(IsoDate.Parse(iso));

    public static string Place(Place place) =>
        string.Join(", ", new[] { place.Venue, place.City, place.Country?.Value, place.Virtual ? "videoconference" : null }.Where(p => !string.IsNullOrEmpty(p)));

    /// <summary>"20th, around Apr 2024".</summary>
    public static string Expected(ExpectedSitting? next) => next is null ? "" : $"{Ordinals.English(next.Ordinal)}, around {next.Around.ToString("MMM yyyy", System.Globalization.CultureInfo.InvariantCulture)}";

    private static string Day(DateOnly date) => date.ToString("d MMM yyyy", System.Globalization.CultureInfo.InvariantCulture);
}
