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
    private readonly WordSet commonWords;

    /// <summary>The cities of each name as a text writes it: texts repeat their places, and the gazetteer folds the name and searches every name it has.</summary>
    private readonly BoundedMemo<IReadOnlyList<City>> named;

    /// <param name="commonWords">Folded words that are never a place on their own, whatever town may bear the name ("Summit", "Plan", "August").</param>
    public PlaceRecognizer(Gazetteer gazetteer, IEnumerable<City> places, IEnumerable<string> commonWords)
    {
        Gazetteer = gazetteer;
        named = new BoundedMemo<IReadOnlyList<City>>(gazetteer.Lookup, capacity: 10_000);
        this.commonWords = new WordSet(commonWords);
        foreach (var city in places)
        {
            foreach (var name in city.AlternateNames.Prepend(city.Name))
            {
                cities.Add(TitleCase(name), city);
            }
        }
    }

    public Gazetteer Gazetteer { get; }

    /// <summary>Places named in the tokens; a name that is also an actor's (other than a city-state's) is the actor's.</summary>
    public List<PlaceMention> Find(Token[] tokens, Func<int, ActorId?> actorAt)
    {
        var found = new List<PlaceMention>();
        for (var t = 0; t < tokens.Length; t++)
        {
            if (!tokens[t].IsCapitalised || cities.MatchAt(tokens, t, tokens.Length) is not { } match)
            {
                continue;
            }
            if (match.EndToken - match.FirstToken == 1 && commonWords.Contains(tokens[t]))
            {
                continue;
            }
            if (actorAt(t) is { } actor && match.Value.Country != actor)
            {
                continue;
            }
            var name = match.EndToken - match.FirstToken == 1 ? tokens[t].Text
                : string.Join(' ', Enumerable.Range(match.FirstToken, match.EndToken - match.FirstToken).Select(i => tokens[i].Text));
            var candidates = named[name];
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
