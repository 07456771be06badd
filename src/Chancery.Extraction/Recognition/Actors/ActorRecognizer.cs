using Chancery.Domain;
using Chancery.Extraction.Lexicons;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Recognition.Actors;

/// <summary>
/// Finds states and organisations by every name the reference data gives them: names, official names,
/// aliases, adjectives and demonyms, with possessives ("Russia's", "Laos'").
/// </summary>
internal sealed class ActorRecognizer
{
    private readonly PhraseMatcher<(ActorId Actor, ActorForm Form)> names = new();

    public ActorRecognizer(IEnumerable<Actor> actors)
    {
        foreach (var actor in actors)
        {
            foreach (var name in actor.Names.Where(IsUsable))
            {
                names.Add(name, (actor.Id, ActorForm.Name));
            }
            foreach (var adjective in actor.Adjectives.Where(IsUsable))
            {
                names.Add(adjective, (actor.Id, ActorForm.Adjective));
            }
            foreach (var demonym in actor.Demonyms.Where(IsUsable))
            {
                names.Add(demonym + "s", (actor.Id, ActorForm.Demonym));
            }
        }
    }

    public List<ActorMention> Find(Token[] tokens)
    {
        // The names left to right, longest first, as PhraseMatcher.FindAll finds them, without the list of matches it makes.
        var found = new List<ActorMention>();
        for (var t = 0; t < tokens.Length;)
        {
            if (names.MatchAt(tokens, t, tokens.Length) is not { } match)
            {
                t++;
                continue;
            }
            found.Add(new ActorMention(match.FirstToken, match.EndToken, match.Value.Actor, match.Value.Form, IsPossessive(tokens, match.EndToken)));
            t = match.EndToken;
        }
        return found;
    }

    /// <summary>"Russia's" (apostrophe and s) or "Laos'" (apostrophe after s).</summary>
    private static bool IsPossessive(Token[] tokens, int end) =>
        end < tokens.Length && tokens[end].IsSymbol('\'') && !tokens[end].SpaceBefore
        && ((end + 1 < tokens.Length && tokens[end + 1].Lower == "s" && !tokens[end + 1].SpaceBefore) || tokens[end - 1].Lower.EndsWith('s'));

    /// <summary>A name a text may write in English: not a bare two-letter code, which would match words ("IN", "AS", "IT").</summary>
    private static bool IsUsable(string name) => name.Length > 2 || name is "UK" or "US" or "EU" or "UN";
}
