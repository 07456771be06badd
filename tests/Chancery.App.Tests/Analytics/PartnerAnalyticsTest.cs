using Chancery.App.Analytics;
using Chancery.Domain;
using Chancery.Testing;

namespace Chancery.App.Tests.Analytics;

/// <summary>A partner's year by year: engagements by kind and sector, and the intensity they weigh up to, within a clearance.</summary>
public sealed class PartnerAnalyticsTest : IAsyncLifetime
{
    private readonly TemporaryDirectory folder = new();
    private Workspace workspace = null!;

    public async Task InitializeAsync()
    {
        workspace = await Workspace.OpenAsync(new StoreLocation(folder.File("analytics.db"), IsDefault: false), OpenMode.Initialise);
        await workspace.Store.WriteAsync(async (w, ct) =>
        {
            await w.SavePlanAsync(Samples.CpaPlan, ct);
            var tene = await w.SavePersonAsync(Samples.Tene, ct);
            var zagaynov = await w.SavePersonAsync(Samples.Zagaynov, ct);
            var source = await w.SaveSourceAsync(Samples.CourtesyCallSource, ct);
            await w.SaveEngagementAsync(Samples.CourtesyCall(tene, zagaynov, source), ct);
            await w.SaveEngagementAsync(Samples.NineteenthArsom(source), ct);
            await w.SaveEngagementAsync(new Engagement
            {
                When = new DateSpan(new DateOnly(2021, 10, 28)),
                Kind = EngagementKind.Summit,
                Parties = [Samples.Asean, Samples.Russia],
                Classification = Classification.Confidential,
            }, ct);
            return 0;
        });
    }

    public async Task DisposeAsync()
    {
        await workspace.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Given_a_courtesy_call_and_a_senior_officials_meeting_in_a_year_When_analysed_Then_they_count_two_and_weigh_four()
    {
        var analytics = (await PartnerAnalytics.BuildAsync(workspace.Store, Samples.Russia, Classification.Public))!;

        var year = analytics.Years.ShouldHaveSingleItem();
        year.Year.ShouldBe(2023);
        year.Engagements.ShouldBe(2);
        year.Intensity.ShouldBe(EngagementWeight.Of(EngagementKind.CourtesyCall) + EngagementWeight.Of(EngagementKind.SeniorOfficialsMeeting));
        year.Intensity.ShouldBe(4);
        year.Kinds.ShouldBe(new Dictionary<EngagementKind, int> { [EngagementKind.CourtesyCall] = 1, [EngagementKind.SeniorOfficialsMeeting] = 1 }, ignoreOrder: true);
        year.Sectors.Keys.ShouldContain(Sector.Trade);
    }

    [Fact]
    public async Task Given_a_confidential_summit_When_analysed_for_a_reader_cleared_for_it_Then_its_year_and_weight_are_counted_and_the_years_between_are_empty()
    {
        var analytics = (await PartnerAnalytics.BuildAsync(workspace.Store, Samples.Russia, Classification.Confidential))!;

        analytics.Years.Select(y => (y.Year, y.Intensity)).ShouldBe([(2021, 5), (2022, 0), (2023, 4)]);
    }

    [Fact]
    public void Levels_weigh_summits_above_ministers_above_senior_officials_above_joint_committees_above_courtesy_calls()
    {
        new[] { EngagementKind.Summit, EngagementKind.MinisterialMeeting, EngagementKind.SeniorOfficialsMeeting, EngagementKind.JointCommittee, EngagementKind.CourtesyCall }
            .Select(EngagementWeight.Of).ShouldBeInOrder(SortDirection.Descending);
        EngagementWeight.Of(EngagementKind.JointCommittee).ShouldBeGreaterThan(EngagementWeight.Of(EngagementKind.CourtesyCall));
    }
}
