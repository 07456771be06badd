using Chancery.Extraction.Recognition.Actors;
using Chancery.Extraction.Recognition.Dates;
using Chancery.Extraction.Recognition.Events;
using Chancery.Extraction.Recognition.People;
using Chancery.Extraction.Recognition.Places;
using Chancery.Extraction.Text;

namespace Chancery.Extraction.Assembly;

/// <summary>Everything the recognisers found in one document, indexed by token for the assembler.</summary>
internal sealed class Analysis
{
    /// <param name="actorAt">The actor named at each token, as the extractor indexed <paramref name="actors"/> for the recognisers.</param>
    public Analysis(Document document, List<ActorMention> actors, ActorMention?[] actorAt, List<PlaceMention> places, List<DateMention> dates,
        List<PersonMention> personMentions, List<MentionedPerson> people, List<EventMention> events, Dateline dateline)
    {
        Document = document;
        Actors = actors;
        Places = places;
        Dates = dates;
        PersonMentions = personMentions;
        People = people;
        Events = events;
        Dateline = dateline;
        ActorAt = actorAt;
    }

    public Document Document { get; }

    public Token[] Tokens => Document.Tokens;

    public List<ActorMention> Actors { get; }

    public ActorMention?[] ActorAt { get; }

    public List<PlaceMention> Places { get; }

    public List<DateMention> Dates { get; }

    public List<PersonMention> PersonMentions { get; }

    public List<MentionedPerson> People { get; }

    /// <summary>Every title the text gives, with or without a name beside it: "the Ambassador of Japan to ASEAN" is someone.</summary>
    /// <remarks>A list, not a read-only view of one: the finisher walks it for every segment of every draft, and a list's own enumerator allocates nothing.</remarks>
    public List<TitleSpan> Titles { get; init; } = [];

    public List<EventMention> Events { get; }

    public Dateline Dateline { get; }

    /// <summary>Sectors, stances, plans and cues of the document's ranges, read once each.</summary>
    public TopicIndex Topics => field ??= new TopicIndex(Document, ActorAt);

    /// <summary>The month of the lead's first date with a day ("on February 21"): the story's month when no year says more.</summary>
    public int? LeadMonth => field ??= Document.Paragraphs.FirstOrDefault(p => p.IsBody) is { } lead
        ? Dates.FirstOrDefault(d => d.Start >= lead.Start && d.End <= lead.End && d.Day is not null && d.Month is not null)?.Month
        : null;

    /// <summary>The first token at or after a character offset.</summary>
    public int TokenAt(int offset)
    {
        var tokens = Document.Tokens;
        int lo = 0, hi = tokens.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].End <= offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }
        return lo;
    }
}
