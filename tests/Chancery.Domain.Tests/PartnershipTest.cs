using Chancery.Testing;

namespace Chancery.Domain.Tests;

public sealed class PartnershipTest
{
    private readonly Partnership russia = Samples.RussiaPartnership;

    [Fact]
    public void The_status_on_a_date_is_the_last_one_begun_by_then()
    {
        russia.StatusOn(new DateOnly(1995, 6, 1)).ShouldBeNull();
        russia.StatusOn(new DateOnly(2010, 1, 1))!.Status.ShouldBe(PartnershipStatus.DialoguePartner);
        russia.StatusOn(new DateOnly(2018, 11, 13))!.Status.ShouldBe(PartnershipStatus.DialoguePartner);
        russia.StatusOn(new DateOnly(2018, 11, 14))!.Status.ShouldBe(PartnershipStatus.StrategicPartner);
        russia.Current.Status.ShouldBe(PartnershipStatus.StrategicPartner);
    }

    [Fact]
    public void A_status_known_only_to_the_year_counts_from_the_first_day_of_that_year() =>
        russia.StatusOn(new DateOnly(1996, 1, 1))!.Status.ShouldBe(PartnershipStatus.DialoguePartner);

    [Fact]
    public void Cambodia_coordinates_ASEAN_Russia_relations_from_2021_to_2024()
    {
        russia.CoordinatorOn(new DateOnly(2023, 7, 5))!.Coordinator.ShouldBe(Samples.Cambodia);
        russia.CoordinatorOn(new DateOnly(2020, 12, 31)).ShouldBeNull();
        russia.CoordinatorOn(new DateOnly(2025, 1, 1)).ShouldBeNull();
    }

    [Fact]
    public void Where_two_terms_meet_in_a_year_the_later_one_coordinates()
    {
        var india = new Partnership(new ActorId("IN"), [new StatusPeriod(PartnershipStatus.DialoguePartner, new PartialDate(1995))],
            [new CoordinatorTerm(new ActorId("PH"), new PartialDate(2024), new PartialDate(2027)), new CoordinatorTerm(new ActorId("SG"), new PartialDate(2021), new PartialDate(2024))]);

        india.Coordinators[0].Coordinator.ShouldBe(new ActorId("SG"));
        india.CoordinatorOn(new DateOnly(2024, 9, 1))!.Coordinator.ShouldBe(new ActorId("PH"));
    }

    [Fact]
    public void Statuses_must_be_given_in_the_order_they_began() =>
        Should.Throw<ArgumentException>(() => new Partnership(Samples.Russia,
            [new StatusPeriod(PartnershipStatus.StrategicPartner, new PartialDate(2018)), new StatusPeriod(PartnershipStatus.DialoguePartner, new PartialDate(1996))]));

    [Fact]
    public void A_partnership_has_at_least_one_status() =>
        Should.Throw<ArgumentException>(() => new Partnership(Samples.Russia, []));

    [Fact]
    public void A_coordinator_term_cannot_end_before_it_begins() =>
        Should.Throw<ArgumentException>(() => new CoordinatorTerm(Samples.Cambodia, new PartialDate(2024), new PartialDate(2021)));
}
