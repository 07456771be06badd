using Chancery.Domain;
using Chancery.Testing;

namespace Chancery.App.Tests;

public sealed class PartnerDirectoryTest : IDisposable
{
    private readonly TemporaryDirectory folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Partners_come_highest_standing_first_with_the_coordinator_of_the_day_and_their_engagements()
    {
        await using var workspace = await Workspace.OpenAsync(new StoreLocation(folder.File("c.db"), IsDefault: true), OpenMode.Existing);

        var partners = await PartnerDirectory.ListAsync(workspace.Store, new DateOnly(2023, 7, 5), Classification.Confidential);

        partners.Count.ShouldBe(20);
        partners[0].Partnership.Current.Status.ShouldBe(PartnershipStatus.ComprehensiveStrategicPartner);
        partners[^1].Partnership.Current.Status.ShouldBe(PartnershipStatus.SectoralDialoguePartner);
        var russia = partners.Single(p => p.Partner.Id == new ActorId("RU"));
        russia.Coordinator!.Coordinator.ShouldBe(new ActorId("KH"));
        russia.Engagements.ShouldBeGreaterThanOrEqualTo(2);
        russia.LastEngagement.ShouldNotBeNull();
    }
}
