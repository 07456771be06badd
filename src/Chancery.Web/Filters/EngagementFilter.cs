using Chancery.Domain;
using Chancery.Store;

namespace Chancery.Web.Filters;

/// <summary>
/// The facets of the engagement log as a query string (<c>?partner=RU&amp;kind=courtesy-call&amp;year=2023&amp;q=Zagaynov&amp;page=2</c>),
/// read the same way by the log page and by <c>GET /api/v1/engagements</c>.
/// </summary>
public sealed record EngagementFilter : PageRequest
{
    /// <summary>A partner's code, such as RU.</summary>
    public string? Partner { get; init; }

    /// <summary>A kind's slug, such as courtesy-call.</summary>
    public string? Kind { get; init; }

    /// <summary>A sector's slug, such as trade.</summary>
    public string? Sector { get; init; }

    /// <summary>A mechanism's id, such as asean-ru-som.</summary>
    public string? Mechanism { get; init; }

    public string? Year { get; init; }

    /// <summary>A person's id.</summary>
    public string? Person { get; init; }

    /// <summary>The store's query for what the filter asks, or the problems with it, keyed by parameter.</summary>
    public (EngagementQuery? Query, Dictionary<string, string[]> Problems) ToQuery(Classification clearance)
    {
        var problems = new Dictionary<string, string[]>();
        ActorId? partner = null;
        if (!string.IsNullOrWhiteSpace(Partner))
        {
            if (ActorId.TryParse(Partner, out var id))
            {
                partner = id;
            }
            else
            {
                problems["partner"] = [$"'{Partner}' is not a partner code such as RU"];
            }
        }
        var kind = Slugs.Read<EngagementKind>(Kind, "kind", problems);
        var sector = Slugs.Read<Sector>(Sector, "sector", problems);
        var year = Number(Year);
        if (!IsNumberOrEmpty(Year) || year is < 1900 or > 2200)
        {
            problems["year"] = [$"{Year} is not a year Chancery keeps"];
        }
        var person = Number(Person);
        if (!IsNumberOrEmpty(Person) || person is < 1)
        {
            problems["person"] = [$"{Person} is not a person's id"];
        }
        CheckPaging(problems);
        Key<Mechanism>? mechanism = null;
        if (!string.IsNullOrWhiteSpace(Mechanism))
        {
            try
            {
                mechanism = new Key<Mechanism>(Mechanism.Trim());
            }
            catch (ArgumentException)
            {
                problems["mechanism"] = [$"'{Mechanism}' is not a mechanism id such as asean-ru-som"];
            }
        }
        if (problems.Count > 0)
        {
            return (null, problems);
        }
        return (new EngagementQuery
        {
            Party = partner,
            Kind = kind,
            Sector = sector,
            Mechanism = mechanism,
            Person = person is { } who ? new Id<Person>(who) : null,
            Since = year is { } since ? new DateOnly(since, 1, 1) : null,
            Until = year is { } until ? new DateOnly(until, 12, 31) : null,
            Text = SearchText.Parse(Q),
            Clearance = clearance,
            Limit = Size,
            Offset = Offset,
        }, problems);
    }
}
