using Chancery.Domain;

namespace Chancery.App.Review;

/// <summary>The fields an editor sets on an engagement; those left null are kept as they are.</summary>
public sealed record EngagementEdit
{
    public DateSpan? When { get; init; }

    public EngagementKind? Kind { get; init; }

    public string? Venue { get; init; }

    public string? City { get; init; }

    public ActorId? Country { get; init; }

    public bool? Virtual { get; init; }

    public string? Summary { get; init; }

    public Classification? Classification { get; init; }

    public bool IsEmpty => this == new EngagementEdit();

    /// <summary>The fields the edit settles: flags raised on them are answered.</summary>
    public IEnumerable<EngagementField> Fields()
    {
        if (When is not null)
        {
            yield return EngagementField.Date;
            yield return EngagementField.EndDate;
        }
        if (Kind is not null)
        {
            yield return EngagementField.Kind;
        }
        if (Venue is not null)
        {
            yield return EngagementField.Venue;
        }
        if (City is not null)
        {
            yield return EngagementField.City;
        }
        if (Country is not null)
        {
            yield return EngagementField.Country;
        }
        if (Virtual is not null)
        {
            yield return EngagementField.Virtual;
        }
    }

    public Engagement ApplyTo(Engagement engagement)
    {
        var settled = Fields().ToHashSet();
        return engagement with
        {
            When = When ?? engagement.When,
            Kind = Kind ?? engagement.Kind,
            Place = engagement.Place with
            {
                Venue = Venue ?? engagement.Place.Venue,
                City = City ?? engagement.Place.City,
                Country = Country ?? engagement.Place.Country,
                Virtual = Virtual ?? engagement.Place.Virtual,
            },
            Summary = Summary ?? engagement.Summary,
            Classification = Classification ?? engagement.Classification,
            Flags = [.. engagement.Flags.Where(f => !settled.Contains(f.Field))],
        };
    }
}
