using Chancery.Domain;
using Chancery.Extraction.Output;

namespace Chancery.Extraction.Assembly;

/// <summary>An engagement's fields as the finisher fills them in, with the evidence for each.</summary>
internal sealed class Draft(Candidate candidate)
{
    public Candidate Candidate { get; } = candidate;

    public CitationRole Role { get; set; } = CitationRole.Primary;

    public ResolvedDate? Date { get; set; }

    public EngagementKind Kind { get; set; } = EngagementKind.Other;

    public ExtractedMechanism? Mechanism { get; set; }

    public string? City { get; set; }

    public ActorId? Country { get; set; }

    public bool Virtual { get; set; }

    public List<ActorId> Parties { get; } = [];

    public List<(int Person, ExtractedParticipant Participant)> Participants { get; } = [];

    public SortedSet<Sector> Sectors { get; } = [];

    public List<ActorStance> Stances { get; } = [];

    public List<string> Plans { get; } = [];

    public List<EvidenceSpan> Evidence { get; } = [];

    /// <summary>Every span cited, once: a list searched through, as a draft cites a few dozen at most, for which a hash set allocated tables several times larger.</summary>
    private readonly List<(EngagementField, int, int)> cited = [];

    public void Cite(EngagementField field, int start, int end, double confidence, string? value = null)
    {
        if (end > start && !cited.Contains((field, start, end)))
        {
            cited.Add((field, start, end));
            Evidence.Add(new EvidenceSpan(field, start, end, Math.Clamp(confidence, 0, 1), value));
        }
    }

    /// <summary>The same engagement with another company: one of several calls told in one sentence.</summary>
    public Draft With(IEnumerable<(int Person, ExtractedParticipant Participant)> participants)
    {
        var copy = new Draft(Candidate)
        {
            Role = Role, Date = Date, Kind = Kind, Mechanism = Mechanism, City = City, Country = Country, Virtual = Virtual,
        };
        copy.Participants.AddRange(participants);
        copy.Parties.AddRange(Parties);
        copy.Sectors.UnionWith(Sectors);
        copy.Stances.AddRange(Stances);
        copy.Plans.AddRange(Plans);
        var names = copy.Participants.Select(p => p.Participant.Name).ToHashSet();
        foreach (var evidence in Evidence.Where(e => e.Field != EngagementField.Participants || names.Contains(e.Value ?? "")))
        {
            copy.Cite(evidence.Field, evidence.Start, evidence.End, evidence.Confidence, evidence.Value);
        }
        return copy;
    }

    /// <summary>Each plan once (of two or more): a shorter label whose words all stand in a longer one ("the Roadmap", "the Strategic Economic Cooperation Roadmap") is the same plan.</summary>
    private IEnumerable<string> DistinctPlans()
    {
        var plans = Plans.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        static HashSet<string> Words(string label) => [.. label.ToLowerInvariant().Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries)];
        return plans.Where(p => !plans.Any(q => q.Length > p.Length && Words(p).IsSubsetOf(Words(q))));
    }

    public ExtractedEngagement ToEngagement() => new()
    {
        Role = Role,
        Date = Date?.Start,
        EndDate = Date?.End,
        Kind = Kind,
        Mechanism = Mechanism,
        City = City,
        Country = Country,
        Virtual = Virtual,
        Parties = SortedDistinct(Parties, Comparer<ActorId>.Default),
        Participants = Participants.ConvertAll(static p => p.Participant),
        Sectors = [.. Sectors],
        Stances = SortedDistinct(Stances, StanceOrder),
        Plans = Plans.Count < 2 ? [.. Plans] : [.. DistinctPlans()],
        Evidence = EvidenceInOrder(),
    };

    /// <summary>Stances by side, then by stance.</summary>
    private static readonly Comparer<ActorStance> StanceOrder = Comparer<ActorStance>.Create(static (a, b) =>
        a.Actor.CompareTo(b.Actor) is var byActor and not 0 ? byActor : Comparer<Stance>.Default.Compare(a.Stance, b.Stance));

    /// <summary>Each item once, in order: sorted, then each run of equal items cut to one.</summary>
    /// <remarks>
    /// An unstable sort is enough, as items the order ranks equal are equal. Loops, not queries: run for every
    /// engagement, mostly over one or two items, where a distinct and an ordered query allocated a dozen objects.
    /// </remarks>
    private static T[] SortedDistinct<T>(List<T> items, IComparer<T> order)
    {
        var sorted = items.ToArray();
        Array.Sort(sorted, order);
        var count = Math.Min(1, sorted.Length);
        for (var i = 1; i < sorted.Length; i++)
        {
            if (order.Compare(sorted[i], sorted[count - 1]) != 0)
            {
                sorted[count++] = sorted[i];
            }
        }
        return count == sorted.Length ? sorted : sorted[..count];
    }

    /// <summary>The evidence by where it starts, spans of one start in the order they were cited.</summary>
    private EvidenceSpan[] EvidenceInOrder()
    {
        var spans = Evidence.ToArray();
        StableOrder.Sort(spans.AsSpan(), static e => e.Start);
        return spans;
    }
}
