using Chancery.Domain;
using Chancery.Extraction.Lexicons;
using Chancery.Extraction.Text;
using Chancery.ReferenceData;

namespace Chancery.Extraction.Recognition.People;

/// <summary>
/// Tells whom a named official serves when the text does not: a person is a known official when every word of
/// the official's name, or of one of its aliases, is among the words of the person's name ("Prime Minister Lee
/// Hsien Loong", "Mr Lee Hsien Loong"). Words are compared folded, so "Tô Lâm" is "To Lam".
/// </summary>
internal sealed class OfficialIndex
{
    private readonly Dictionary<string, List<(string[] Words, KnownOfficial Official)>> byFirstWord = new(StringComparer.Ordinal);

    private readonly BoundedMemo<ActorId?> answers;

    public OfficialIndex(IEnumerable<KnownOfficial> officials)
    {
        answers = new BoundedMemo<ActorId?>(Find);
        foreach (var official in officials)
        {
            foreach (var name in official.Aliases.Prepend(official.Name))
            {
                var words = Words(name);
                if (words.Length == 0)
                {
                    continue;
                }
                if (!byFirstWord.TryGetValue(words[0], out var list))
                {
                    byFirstWord[words[0]] = list = [];
                }
                list.Add((words, official));
            }
        }
    }

    /// <summary>Whom the person of this name serves, when exactly one known official goes by it; remembered, since names recur.</summary>
    public ActorId? Serves(string name) => answers[name];

    private ActorId? Find(string name)
    {
        var words = Words(name);
        var set = words.ToHashSet(StringComparer.Ordinal);
        var found = words
            .SelectMany(word => byFirstWord.TryGetValue(word, out var list) ? list : [])
            .Where(entry => entry.Words.All(set.Contains))
            .Select(entry => entry.Official.Serves)
            .Distinct()
            .ToList();
        return found.Count == 1 ? found[0] : null;
    }

    private static string[] Words(string name) =>
        [.. Tokenizer.Fold(name).Split([' ', '-', '.', ',', '\''], StringSplitOptions.RemoveEmptyEntries).Where(w => w != "jr" && w != "iii")];
}
