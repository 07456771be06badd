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

    /// <summary>Each plan once: a shorter label whose words all stand in a longer one ("the Roadmap", "the Strategic Economic Cooperation Roadmap") is the same plan.</summary>
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
        Parties = [.. Parties.Distinct().Order()],
        Participants = Participants.ConvertAll(static p => p.Participant),
        Sectors = [.. Sectors],
        Stances = [.. Stances.Distinct().OrderBy(s => s.Actor).ThenBy(s => s.Stance)],
        Plans = [.. DistinctPlans()],
        Evidence = EvidenceInOrder(),
    };

    /// <summary>The evidence by where it starts, spans of one start in the order they were cited.</summary>
    private EvidenceSpan[] EvidenceInOrder()
    {
        var spans = Evidence.ToArray();
        StableOrder.Sort(spans.AsSpan(), static e => e.Start);
        return spans;
    }
}
