using Chancery.App.Plans;
using Chancery.Domain;
using Chancery.Store;
using Chancery.Testing;

namespace Chancery.App.Tests.Plans;

/// <summary>Recording how action lines progress, and linking engagements to them as evidence: stored, suggested, answered.</summary>
public sealed class PlanDeskTest : IAsyncLifetime
{
    private readonly TemporaryDirectory folder = new();
    private Workspace workspace = null!;
    private Id<Engagement> call;

    private PlanDesk Desk => new(workspace.Store);

    public async Task InitializeAsync()
    {
        workspace = await Workspace.OpenAsync(new StoreLocation(folder.File("plans.db"), IsDefault: false), OpenMode.Initialise);
        call = await workspace.Store.WriteAsync(async (w, ct) =>
        {
            await w.SavePlanAsync(Samples.CpaPlan, ct);
            var tene = await w.SavePersonAsync(Samples.Tene, ct);
            var zagaynov = await w.SavePersonAsync(Samples.Zagaynov, ct);
            var source = await w.SaveSourceAsync(Samples.CourtesyCallSource, ct);
            // The call covered trade and investment: evidence, perhaps, of "Widen trade and investment".
            return await w.SaveEngagementAsync(Samples.CourtesyCall(tene, zagaynov, source) with { Summary = "Envoy and Deputy Secretary-General discussed how to widen trade and investment." }, ct);
        });
    }

    public async Task DisposeAsync()
    {
        await workspace.DisposeAsync();
        folder.Dispose();
    }

    [Fact]
    public async Task Given_a_status_reported_at_a_meeting_When_recorded_Then_the_stored_plan_counts_it_from_that_day_with_the_meeting_as_evidence()
    {
        await Desk.SetStatusAsync(Samples.Cpa, ActionLineNumber.Parse("2.1"), new StatusChange(new DateOnly(2023, 7, 5), ImplementationStatus.Implemented), call);

        var plan = (await workspace.Store.ReadAsync((r, ct) => r.PlanAsync(Samples.Cpa, ct)))!;
        var line = plan.ActionLines.Single(l => l.Number == ActionLineNumber.Parse("2.1"));
        line.Evidence.ShouldBe([call]);
        line.Changes.ShouldBe([new StatusChange(new DateOnly(2023, 7, 5), ImplementationStatus.Implemented)]);
        plan.ProgressOn(new DateOnly(2023, 7, 4)).Implemented.ShouldBe(1);
        plan.ProgressOn(new DateOnly(2023, 7, 5)).ToString().ShouldBe("2 of 3 action lines implemented");
    }

    [Fact]
    public async Task Given_an_engagement_on_trade_When_suggesting_action_lines_Then_the_trade_line_comes_first()
    {
        var suggestions = await Desk.SuggestAsync(call);

        suggestions.First().Line.Number.ShouldBe(ActionLineNumber.Parse("2.1"));
        suggestions.ShouldAllBe(s => s.Score >= ActionLineSuggester.Threshold);
    }

    [Fact]
    public async Task Given_suggestions_answered_When_suggesting_again_Then_neither_the_accepted_nor_the_rejected_comes_back()
    {
        var first = (await Desk.SuggestAsync(call)).First();

        await Desk.AnswerAsync(Samples.Cpa, first.Line.Number, call, accept: false);

        (await Desk.SuggestAsync(call)).ShouldNotContain(s => s.Line.Number == first.Line.Number);
        (await workspace.Store.ReadAsync((r, ct) => r.PlanAsync(Samples.Cpa, ct)))!.ActionLines.ShouldAllBe(l => l.Evidence.Count == 0);
    }

    [Fact]
    public async Task Given_a_line_the_plan_does_not_have_When_linking_Then_the_store_refuses_it()
    {
        var error = await Should.ThrowAsync<StoreException>(() => Desk.AnswerAsync(Samples.Cpa, ActionLineNumber.Parse("9.9"), call, accept: true));

        error.Message.ShouldContain("has no action line 9.9");
    }
}
