using System.Collections.Concurrent;
using System.Text;

namespace Chancery.Store.Tests;

/// <summary>The ingest queue: jobs go out oldest first, each to one worker, and come back when their worker died.</summary>
public abstract class StoreJobQueueTest : StoreContract
{
    private static IngestJob Job(string name, string text) => new(name, Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task Given_queued_documents_when_claimed_then_they_come_oldest_first_with_their_bytes_and_options_and_then_none()
    {
        var first = await Store.Jobs.EnqueueAsync(Job("a.txt", "first") with { Outlet = "TASS", Classification = Domain.Classification.Restricted });
        var second = await Store.Jobs.EnqueueAsync(Job("b.txt", "second"));

        var one = await Store.Jobs.ClaimAsync("w1", TimeSpan.FromMinutes(10));
        var two = await Store.Jobs.ClaimAsync("w2", TimeSpan.FromMinutes(10));
        var none = await Store.Jobs.ClaimAsync("w3", TimeSpan.FromMinutes(10));

        one.ShouldNotBeNull().Id.ShouldBe(first);
        one.Name.ShouldBe("a.txt");
        one.Outlet.ShouldBe("TASS");
        one.Classification.ShouldBe(Domain.Classification.Restricted);
        Encoding.UTF8.GetString(one.Content).ShouldBe("first");
        two.ShouldNotBeNull().Id.ShouldBe(second);
        none.ShouldBeNull();
        (await Store.Jobs.CountsAsync()).ShouldBe(new JobCounts(0, 2, 0, 0));
    }

    [Fact]
    public async Task Given_claimed_jobs_when_finished_then_they_count_as_done_or_failed_and_the_queue_is_drained()
    {
        await Store.Jobs.EnqueueAsync(Job("a.txt", "a"));
        await Store.Jobs.EnqueueAsync(Job("b.txt", "b"));
        var a = (await Store.Jobs.ClaimAsync("w", TimeSpan.FromMinutes(10)))!;
        var b = (await Store.Jobs.ClaimAsync("w", TimeSpan.FromMinutes(10)))!;

        await Store.Jobs.FinishAsync(a.Id, error: null);
        await Store.Jobs.FinishAsync(b.Id, "not a document");

        var counts = await Store.Jobs.CountsAsync();
        counts.ShouldBe(new JobCounts(0, 0, 1, 1));
        counts.Drained.ShouldBeTrue();
    }

    [Fact]
    public async Task Given_a_job_whose_worker_never_finished_when_it_is_stale_then_another_worker_claims_it()
    {
        var id = await Store.Jobs.EnqueueAsync(Job("a.txt", "a"));
        await Store.Jobs.ClaimAsync("died", TimeSpan.FromMinutes(10));

        (await Store.Jobs.ClaimAsync("w2", TimeSpan.FromMinutes(10))).ShouldBeNull();
        (await Store.Jobs.ClaimAsync("w2", TimeSpan.Zero - TimeSpan.FromSeconds(1))).ShouldNotBeNull().Id.ShouldBe(id);
    }

    [Fact]
    public async Task Given_eight_workers_claiming_at_once_then_every_job_goes_to_exactly_one_of_them()
    {
        const int Jobs = 200;
        for (var i = 0; i < Jobs; i++)
        {
            await Store.Jobs.EnqueueAsync(Job($"{i}.txt", i.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }
        var claimed = new ConcurrentBag<(string Worker, long Job)>();

        await Task.WhenAll(Enumerable.Range(0, 8).Select(w => Task.Run(async () =>
        {
            while (await Store.Jobs.ClaimAsync($"w{w}", TimeSpan.FromMinutes(10)) is { } job)
            {
                claimed.Add(($"w{w}", job.Id));
                await Store.Jobs.FinishAsync(job.Id, null);
            }
        })));

        claimed.Count.ShouldBe(Jobs);
        claimed.Select(c => c.Job).Distinct().Count().ShouldBe(Jobs);
        (await Store.Jobs.CountsAsync()).ShouldBe(new JobCounts(0, 0, Jobs, 0));
    }
}
