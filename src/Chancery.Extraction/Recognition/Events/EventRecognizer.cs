using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Recognition.Events;

/// <summary>
/// Finds the words that report engagements in body sentences: meetings called by name ("the 19th
/// ASEAN-Russia Senior Officials' Meeting (ARSOM)", "the seventh meeting of the ASEAN-Pakistan Joint
/// Sectoral Cooperation Committee"), common nouns that refer back to one ("the session", "The Forum"),
/// and the verbs of calls, talks, visits and signings. Split by concern: names (.Named), the numbers of
/// sittings (.Ordinals) and common nouns (.Generic).
/// </summary>
internal sealed partial class EventRecognizer(MeetingLexicon lexicon)
{
    public List<EventMention> Find(Document document, ActorMention?[] actorAt)
    {
        var found = new List<EventMention>();
        foreach (var sentence in document.Sentences)
        {
            if (sentence.IsBody)
            {
                found.AddRange(InSentence(document.Tokens, sentence, actorAt));
            }
        }
        return found;
    }

    private List<EventMention> InSentence(Token[] tokens, Sentence sentence, ActorMention?[] actorAt)
    {
        var mentions = new List<EventMention>();
        // On the stack for a sentence of ordinary length: this runs for every sentence of every document.
        Span<bool> taken = sentence.TokenCount <= 256 ? stackalloc bool[sentence.TokenCount] : new bool[sentence.TokenCount];
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (taken[t - sentence.FirstToken] || !MayBegin(tokens, sentence, t, actorAt))
            {
                continue;
            }
            var mention = Named(tokens, sentence, t, actorAt) ?? NumberedAcronym(tokens, sentence, t, actorAt) ?? Generic(tokens, sentence, t)
                ?? ElidedSitting(tokens, sentence, t, mentions) ?? Verb(tokens, sentence, t);
            if (mention is null)
            {
                continue;
            }
            // "It was the first JCBC the two men have chaired together": what the meeting was, not another one.
            if (mention.Ordinal is not null && mention.FirstToken >= sentence.FirstToken + 2 && tokens[mention.FirstToken - 1].Is("the")
                && tokens[mention.FirstToken - 2].Lower is "was" or "is" or "be" or "been")
            {
                t = mention.EndToken - 1;
                continue;
            }
            for (var i = mention.FirstToken; i < mention.EndToken; i++)
            {
                taken[i - sentence.FirstToken] = true;
            }
            mentions.Add(mention);
            t = mention.EndToken - 1;
        }
        return mentions;
    }

    /// <summary>
    /// Whether a meeting may be told from the token in any of the five ways tried at it. Each way first tests a word
    /// or two, and most tokens pass none: they are turned away here, by those tests, rather than by five calls. Each
    /// way still makes its own test, so a way whose first test changes must change here too, or it is not tried.
    /// </summary>
    private bool MayBegin(Token[] tokens, Sentence sentence, int t, ActorMention?[] actorAt)
    {
        var token = tokens[t];
        return lexicon.Heads.MayBegin(token) // Named
            || (token.IsAllCaps && actorAt[t] is null) // NumberedAcronym
            || (token.IsWord && !token.IsCapitalised && GenericHeads.Contains(token)) // Generic
            || (t > sentence.FirstToken && t + 1 < sentence.EndToken && ElidedSittingGoesOn.Contains(tokens[t + 1]) && The.Contains(tokens[t - 1])) // ElidedSitting
            || lexicon.Triggers.MayBegin(token); // Verb
    }

    private EventMention? Verb(Token[] tokens, Sentence sentence, int t)
    {
        if (lexicon.Triggers.MatchAt(tokens, t, sentence.EndToken) is not { } trigger)
        {
            return null;
        }
        return new EventMention(sentence.Index, t, trigger.EndToken, EventSource.Verb)
        {
            Kind = trigger.Value.Kind,
            Needs = trigger.Value.Needs,
            Head = trigger.Value.Phrase,
            Apart = Separate(tokens, sentence.FirstToken, trigger.EndToken - 1),
        };
    }
}
