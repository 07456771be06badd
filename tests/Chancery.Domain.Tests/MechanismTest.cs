using Chancery.Testing;

namespace Chancery.Domain.Tests;

public sealed class MechanismTest
{
    private static readonly Sitting Fifteenth = new(15, new DateSpan(new DateOnly(2018, 5, 18)), "Moscow", Samples.Russia);
    private static readonly Sitting Nineteenth = new(19, new DateSpan(new DateOnly(2023, 4, 29)), "Siem Reap", Samples.Cambodia);

    [Fact]
    public void After_the_19th_ARSOM_of_April_2023_the_20th_is_expected_around_April_2024()
    {
        var arsom = Samples.ArsomMechanism with { Sittings = [Nineteenth, Fifteenth] };

        arsom.ExpectedNext().ShouldBe(new ExpectedSitting(20, new DateOnly(2024, 4, 29)));
    }

    [Fact]
    public void A_mechanism_declared_irregular_that_sat_every_two_years_is_expected_two_years_after_its_last_sitting()
    {
        var biennial = new Mechanism(new Key<Mechanism>("asean-x-summit"), "ASEAN-X Summit", EngagementKind.Summit, MechanismLevel.Leaders, Cadence.Irregular, [Samples.Asean, Samples.Russia])
        {
            Sittings = [new Sitting(1, new DateSpan(new DateOnly(2016, 11, 3))), new Sitting(2, new DateSpan(new DateOnly(2018, 10, 30))), new Sitting(4, new DateSpan(new DateOnly(2022, 11, 12)))],
        };

        biennial.ActualCadence.ShouldBe(Cadence.Biennial);
        biennial.ExpectedNext().ShouldBe(new ExpectedSitting(5, new DateOnly(2024, 11, 12)));
    }

    [Theory]
    [InlineData(new[] { "2019-03-10", "2020-03-02", "2021-06-20", "2022-03-15" }, 12)]
    [InlineData(new[] { "2019-03-10", "2019-09-02", "2020-03-20" }, 6)]
    [InlineData(new[] { "2015-01-10", "2018-02-01" }, 36)]
    [InlineData(new[] { "2015-01-10", "2015-05-01", "2015-09-01" }, 4)]
    public void The_cadence_of_dated_sittings_is_the_median_step_between_them(string[] dates, int months)
    {
        var sittings = dates.Select((date, i) => new Sitting(i + 1, new DateSpan(IsoDate.Parse(date))));

        Cadence.Observed(sittings).ShouldBe(new Cadence(months));
    }

    [Fact]
    public void One_dated_sitting_shows_no_cadence()
    {
        Cadence.Observed([Nineteenth, new Sitting(20)]).ShouldBeNull();
    }

    [Theory]
    [InlineData(19, 2023)]
    [InlineData(15, 2018)]
    [InlineData(12, 2015)]
    [InlineData(21, 2025)]
    public void A_yearly_mechanism_dates_a_sitting_by_its_ordinal_from_the_nearest_dated_one(int ordinal, int year)
    {
        var arsom = Samples.ArsomMechanism with { Sittings = [Nineteenth, new Sitting(16, new DateSpan(new DateOnly(2019, 8, 1)))] };

        arsom.YearOfSitting(ordinal).ShouldBe(year);
    }

    [Fact]
    public void An_irregular_or_never_dated_mechanism_dates_no_sitting()
    {
        Samples.ArsomMechanism.YearOfSitting(19).ShouldBeNull();
        (Samples.ArsomMechanism with { Sittings = [new Sitting(19)] }).YearOfSitting(20).ShouldBeNull();
    }

    [Fact]
    public void A_sitting_is_overdue_two_months_after_its_expected_day()
    {
        var expected = new ExpectedSitting(20, new DateOnly(2024, 4, 29));

        expected.IsOverdue(new DateOnly(2024, 6, 1)).ShouldBeFalse();
        expected.IsOverdue(new DateOnly(2024, 7, 1)).ShouldBeTrue();
    }

    [Fact]
    public void An_irregular_mechanism_or_one_never_dated_expects_nothing()
    {
        Samples.ArsomMechanism.ExpectedNext().ShouldBeNull();
        new Mechanism(new Key<Mechanism>("asean-ru-summit"), "ASEAN-Russia Summit", EngagementKind.Summit, MechanismLevel.Leaders, Cadence.Irregular, [Samples.Asean, Samples.Russia])
        {
            Sittings = [Nineteenth],
        }.ExpectedNext().ShouldBeNull();
    }

    [Fact]
    public void Sittings_are_kept_by_ordinal_and_no_ordinal_twice()
    {
        var arsom = Samples.ArsomMechanism with { Sittings = [Nineteenth, Fifteenth] };

        arsom.Sittings.Select(s => s.Ordinal).ShouldBe([15, 19]);
        Should.Throw<ArgumentException>(() => Samples.ArsomMechanism with { Sittings = [Nineteenth, Nineteenth] });
    }

    [Fact]
    public void Recording_a_sitting_again_replaces_what_was_known_of_it()
    {
        var vague = new Sitting(19);
        var arsom = Samples.ArsomMechanism.WithSitting(vague).WithSitting(Nineteenth);

        arsom.Sittings.ShouldHaveSingleItem().City.ShouldBe("Siem Reap");
        arsom.LatestDated.ShouldBe(Nineteenth);
    }

    [Fact]
    public void The_parties_of_a_mechanism_are_sorted() =>
        Samples.ArsomMechanism.Parties.Select(p => p.Value).ShouldBe(["ASEAN", "RU"]);
}
