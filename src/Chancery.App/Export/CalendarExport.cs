using System.Globalization;
using Chancery.Domain;
using Chancery.Store;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using Calendar = Ical.Net.Calendar;

namespace Chancery.App;

/// <summary>
/// Upcoming meetings as an iCalendar (RFC 5545) feed that calendar programs subscribe to: engagements already dated in
/// the future, and the sittings mechanisms' cadences expect, as all-day events (an expected one on the day it is
/// expected around, marked as expected).
/// </summary>
public static class CalendarExport
{
    public static async Task<Calendar> BuildAsync(IChanceryStore store, Classification clearance, DateOnly today, DateOnly until, CancellationToken cancellationToken = default)
    {
        var calendar = new Calendar { ProductId = "-//Chancery//Dialogue relations//EN" };
        calendar.AddProperty("X-WR-CALNAME", "Chancery: upcoming meetings");
        var announced = await store.ReadAsync((reader, ct) => reader.FindEngagementsAsync(
            new EngagementQuery { Since = today, Until = until, Clearance = clearance, Limit = 500, Counted = false }, ct), cancellationToken);
        var known = new HashSet<(string, int)>();
        foreach (var row in announced.Rows.Where(r => r.When is { } when && when.Start >= today).OrderBy(r => r.When!.Value.Start))
        {
            var when = row.When!.Value;
            if (row.Sitting is { Ordinal: { } ordinal } sitting)
            {
                known.Add((sitting.Mechanism.Value, ordinal));
            }
            calendar.Events.Add(Event(
                $"engagement-{row.Id.Value.ToString(CultureInfo.InvariantCulture)}@chancery",
                row.SittingLabel ?? $"{Taxonomy<EngagementKind>.Label(row.Kind)}: {string.Join("-", row.Parties)}",
                when.Start, when.End ?? when.Start,
                row.Summary,
                row.Place.ToString()));
        }
        foreach (var expected in await MeetingCalendar.ExpectedAsync(store, clearance, today, until, cancellationToken: cancellationToken))
        {
            if (known.Contains((expected.Mechanism.Id.Value, expected.Sitting.Ordinal)))
            {
                continue;
            }
            calendar.Events.Add(Event(
                $"expected-{expected.Mechanism.Id.Value}-{expected.Sitting.Ordinal.ToString(CultureInfo.InvariantCulture)}@chancery",
                $"{expected.Label} (expected)",
                expected.Sitting.Around, expected.Sitting.Around,
                $"{expected.Mechanism.Name}: the {Ordinals.English(expected.Sitting.Ordinal)} sitting, expected around this day by its {expected.Mechanism.ActualCadence} cadence"
                    + (expected.Overdue ? "; overdue." : "."),
                null));
        }
        return calendar;
    }

    public static string Serialize(Calendar calendar) => new CalendarSerializer().SerializeToString(calendar)!;

    private static CalendarEvent Event(string uid, string summary, DateOnly first, DateOnly last, string description, string? location) => new()
    {
        Uid = uid,
        Summary = summary,
        Description = description,
        Location = string.IsNullOrEmpty(location) ? null : location,
        DtStart = new CalDateTime(first.Year, first.Month, first.Day),
        // An all-day event ends the day after its last day.
        DtEnd = new CalDateTime(last.Year, last.Month, last.Day).AddDays(1),
    };
}
