using Chancery.Domain;
using Chancery.Extraction.Lexicons;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Recognition.Places;

/// <summary>
/// Finds the cities of the gazetteer by any of their names, in capitals or title case, and the venues of
/// data/lexicons/venues.tsv ("the ASEAN Secretariat" is in Jakarta).
/// </summary>
internal sealed class PlaceRecognizer
{
    private readonly PhraseMatcher<City> cities = new();
    private readonly Dictionary<string, List<City>> byName = new(StringComparer.Ordinal);

    public PlaceRecognizer(Gazetteer gazetteer, IEnumerable<City> places)
    {
        Gazetteer = gazetteer;
        foreach (var city in places)
        {
            foreach (var name in city.AlternateNames.Prepend(city.Name))
            {
                cities.Add(TitleCase(name), city);
            }
        }
    }

    public Gazetteer Gazetteer { get; }

    public List<PlaceMention> Find(IReadOnlyList<Token> tokens)
    {
        var found = new List<PlaceMention>();
        for (var t = 0; t < tokens.Count; t++)
        {
            if (!tokens[t].IsCapitalised || cities.MatchAt(tokens, t, tokens.Count) is not { } match)
            {
                continue;
            }
            var name = string.Join(' ', Enumerable.Range(match.FirstToken, match.EndToken - match.FirstToken).Select(i => tokens[i].Text));
            var candidates = Gazetteer.Lookup(name);
            if (candidates.Count == 0)
            {
                candidates = [match.Value];
            }
            found.Add(new PlaceMention(match.FirstToken, match.EndToken, candidates));
            t = match.EndToken - 1;
        }
        return found;
    }

    /// <summary>Every word of a place name must be capitalised in the text: "Siem Reap", "SIEM REAP", not "siem reap".</summary>
    private static string TitleCase(string name) =>
        string.Join(' ', name.Split(' ').Select(w => w.Length > 0 && char.IsLetter(w[0]) ? char.ToUpperInvariant(w[0]) + w[1..] : w));
}
