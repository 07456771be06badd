using Chancery.App.Review;
using Chancery.Domain;
using Chancery.Testing;

namespace Chancery.App.Tests.Review;

/// <summary>The review queue and the answers to it, on a store with one draft call and one source.</summary>
public sealed class ReviewDeskTest : IAsyncLifetime
{
    private readonly TemporaryDirectory folder = new();
    private Workspace workspace = null!;
    private Id<Engagement> call;
    private Id<Source> report;

    private ReviewDesk Desk => new(workspace.Store);

    public async Task InitializeAsync()
    {
        workspace = await Workspace.OpenAsync(new StoreLocation(folder.File("review.db"), IsDefault: false), OpenMode.Initialise);
        (call, report) = await workspace.Store.WriteAsync(async (w, ct) =>
        {
            var source = await w.SaveSourceAsync(new Source { Text = "JAKARTA, 5 July 2023 - The Russian Ambassador called on the Deputy Secretary-General." }, ct);
            var id = await w.SaveEngagementAsync(new Engagement
            {
                Kind = EngagementKind.CourtesyCall,
                When = new DateSpan(new DateOnly(2023, 7, 5)),
                Parties = [new ActorId("ASEAN"), new ActorId("RU")],
                Place = new Place { City = "Jakarta" },
                Citations = [new Citation(source, CitationRole.Primary)],
                Flags = [new ReviewFlag(EngagementField.City, "Bandung", source), new ReviewFlag(EngagementField.Kind, "bilateral-meeting", source)],
            }, ct);
            return (id, source);
        });
    }

    public async Task DisposeAsync()
    {
        await workspace.DisposeAsync();
        folder.Dispose();
    }

    private Task<Engagement?> StoredAsync() => workspace.Store.ReadAsync((r, ct) => r.EngagementAsync(call, ct));

    [Fact]
    public async Task Given_a_draft_When_the_queue_is_read_Then_it_is_in_it_with_its_flags_stored()
    {
        (await Desk.QueueAsync(10)).ShouldBe([call]);
        (await StoredAsync())!.Flags.ShouldBe([new ReviewFlag(EngagementField.City, "Bandung", report), new ReviewFlag(EngagementField.Kind, "bilateral-meeting", report)]);
    }

    [Fact]
    public async Task Given_a_draft_When_confirmed_Then_it_stands_its_flags_are_settled_and_it_leaves_the_queue()
    {
        await Desk.ConfirmAsync(call);

        var stored = (await StoredAsync())!;
        stored.Review.ShouldBe(ReviewState.Confirmed);
        stored.Flags.ShouldBeEmpty();
        (await Desk.QueueAsync(10)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_draft_When_rejected_Then_it_is_kept_as_rejected_and_leaves_the_queue()
    {
        await Desk.RejectAsync(call);

        (await StoredAsync())!.Review.ShouldBe(ReviewState.Rejected);
        (await Desk.QueueAsync(10)).ShouldBeEmpty();
    }

    [Fact]
    public async Task Given_a_flagged_field_When_edited_Then_the_value_is_set_and_only_that_flag_is_settled()
    {
        await Desk.EditAsync(call, new EngagementEdit { City = "Bandung" });

        var stored = (await StoredAsync())!;
        stored.Place.City.ShouldBe("Bandung");
        stored.Review.ShouldBe(ReviewState.Draft);
        stored.Flags.ShouldBe([new ReviewFlag(EngagementField.Kind, "bilateral-meeting", report)]);
    }

    [Fact]
    public async Task Given_an_engagement_that_is_not_there_When_confirmed_Then_the_error_names_it() =>
        (await Should.ThrowAsync<KeyNotFoundException>(() => Desk.ConfirmAsync(new Id<Engagement>(999)))).Message.ShouldBe("there is no engagement #999");
}
