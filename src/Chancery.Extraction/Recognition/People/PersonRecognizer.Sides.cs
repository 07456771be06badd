using Chancery.Domain;
using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Recognition.People;

/// <summary>The recogniser's sides: whom a person speaks for when the title does not say ("the Russian side was led by", "represented Australia", "and included").</summary>
internal sealed partial class PersonRecognizer
{
    /// <summary>
    /// The side a person leads: "The Russian side was led by", "a Japanese delegation headed by", "the UN team, led by".
    /// </summary>
    private static ActorId? LeaderOfSide(Token[] tokens, int start, int sentenceStart, ActorMention?[] actorAt)
    {
        var t = start - 1;
        if (t < sentenceStart + 2 || !tokens[t].Is("by"))
        {
            return null;
        }
        // "... and the Chinese side by Vice Foreign Minister Sun Weidong": the verb left out after the first side.
        if (tokens[t - 1].Lower is "side" or "delegation" or "team")
        {
            return actorAt[t - 2] is { } elided ? elided.Actor : null;
        }
        if (tokens[t - 1].Lower is not ("led" or "headed"))
        {
            return null;
        }
        t -= 2;
        while (t > sentenceStart && (tokens[t].Lower is "was" or "were" or "is" or "are" or "been" or "had" or "has" || tokens[t].IsSymbol(',')))
        {
            t--;
        }
        if (tokens[t].Lower is not ("side" or "delegation" or "delegations" or "team"))
        {
            return null;
        }
        return t - 1 >= sentenceStart && actorAt[t - 1] is { } actor ? actor.Actor : null;
    }

    /// <summary>"Senator Tim Ayres, Assistant Minister for Trade, represented Australia": whom the person said to represent serves.</summary>
    private static ActorId? Represents(Token[] tokens, int end, int limit, ActorMention?[] actorAt)
    {
        var t = end;
        while (t < limit && (tokens[t].IsSymbol(',') || tokens[t].Lower is "who" or "has" or "had"))
        {
            t++;
        }
        if (t + 1 >= limit || tokens[t].Lower is not ("represented" or "representing" or "represents"))
        {
            return null;
        }
        t++;
        if (tokens[t].Is("the") && t + 1 < limit)
        {
            t++;
        }
        return actorAt[t]?.Actor;
    }

    /// <summary>
    /// "The UN delegation was led by Miroslav Jenca ... and included Kyung-Wha Kang, ...; Haoliang Xu, ...": those a side's
    /// delegation is said to include, after its leader in the same sentence, are of that side.
    /// </summary>
    private static ActorId? MemberOfSide(Token[] tokens, int start, int sentenceStart, List<PersonMention> before)
    {
        for (var t = start - 1; t >= sentenceStart; t--)
        {
            if (tokens[t].Lower is "included" or "including" or "comprised" or "comprising")
            {
                return before.LastOrDefault(m => m.End <= t && m.Title is { AffiliationStrength: 3 })?.Title?.Affiliation;
            }
        }
        return null;
    }
}
