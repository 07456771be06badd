using Chancery.Domain;
using Chancery.Store;

namespace Chancery.App.Plans;

/// <summary>Keeping plans of action: importing them, recording how their action lines progress, and linking engagements to them as evidence.</summary>
public sealed class PlanDesk(IChanceryStore store)
{
    public Task ImportAsync(Plan plan, CancellationToken cancellationToken = default) =>
        store.WriteAsync(async (writer, ct) =>
        {
            await writer.SavePlanAsync(plan, ct);
            return 0;
        }, cancellationToken);

    /// <summary>Records a line's status from a day on; an engagement that reported it becomes the line's evidence.</summary>
    /// <exception cref="KeyNotFoundException">There is no such plan or line.</exception>
    public Task<Plan> SetStatusAsync(Key<Plan> id, ActionLineNumber number, StatusChange change, Id<Engagement>? evidence = null, CancellationToken cancellationToken = default) =>
        store.WriteAsync(async (writer, ct) =>
        {
            var plan = await writer.PlanAsync(id, ct) ?? throw new KeyNotFoundException($"there is no plan {id}");
            var line = plan.ActionLines.FirstOrDefault(l => l.Number == number) ?? throw new KeyNotFoundException($"{plan.ShortTitle} has no action line {number}");
            var changed = plan.WithLine(line.With(change));
            await writer.SavePlanAsync(changed, ct);
            if (evidence is { } engagement)
            {
                await writer.LinkActionLineAsync(id, number, engagement, accepted: true, ct);
            }
            return await writer.PlanAsync(id, ct) ?? changed;
        }, cancellationToken);

    /// <summary>Action lines the engagement may be evidence of, leaving out those an editor already answered for it.</summary>
    /// <exception cref="KeyNotFoundException">There is no such engagement.</exception>
    public Task<IReadOnlyList<LinkSuggestion>> SuggestAsync(Id<Engagement> id, CancellationToken cancellationToken = default) =>
        store.ReadAsync(async (reader, ct) =>
        {
            var engagement = (await reader.EngagementsWithoutEvidenceAsync([id], ct)).SingleOrDefault() ?? throw new KeyNotFoundException($"there is no engagement #{id}");
            var answered = (await reader.ActionLineLinksAsync(id, ct)).Select(l => (l.Plan, l.Line)).ToHashSet();
            return ActionLineSuggester.Suggest(engagement, await reader.PlansAsync(ct), answered);
        }, cancellationToken);

    /// <summary>An editor's answer to a suggestion: accepted, the engagement is evidence of the line; rejected, it is not suggested again.</summary>
    public Task AnswerAsync(Key<Plan> plan, ActionLineNumber line, Id<Engagement> engagement, bool accept, CancellationToken cancellationToken = default) =>
        store.WriteAsync(async (writer, ct) =>
        {
            await writer.LinkActionLineAsync(plan, line, engagement, accept, ct);
            return 0;
        }, cancellationToken);
}
