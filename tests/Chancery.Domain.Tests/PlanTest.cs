using Chancery.Testing;

namespace Chancery.Domain.Tests;

public sealed class PlanTest
{
    [Fact]
    public void Progress_counts_action_lines_by_status_for_the_plan_and_each_section()
    {
        var plan = Samples.CpaPlan;

        plan.Progress.ShouldBe(new PlanProgress(Implemented: 1, Ongoing: 1, NotStarted: 1));
        plan.Progress.ToString().ShouldBe("1 of 3 action lines implemented");
        plan.Sections[0].Progress.Rate.ShouldBe(0.5);
        plan.Sections[1].Progress.Rate.ShouldBe(0);
    }

    [Fact]
    public void Ninety_nine_of_139_is_a_rate_of_about_71_percent()
    {
        var progress = new PlanProgress(99, 30, 10);

        progress.Total.ShouldBe(139);
        progress.Rate.ShouldBe(0.712, tolerance: 0.001);
        progress.ToString().ShouldBe("99 of 139 action lines implemented");
    }

    [Fact]
    public void An_action_line_must_sit_in_its_section() =>
        Should.Throw<ArgumentException>(() => new PlanSection(ActionLineNumber.Parse("2"), "Economic cooperation",
            [new ActionLine(ActionLineNumber.Parse("1.3"), "Strengthen cooperation.")]));

    [Fact]
    public void No_two_sections_share_a_number() =>
        Should.Throw<ArgumentException>(() => new Plan(Samples.Cpa, "Plan", "Plan", [Samples.Asean], 2021, 2025,
            [new PlanSection(ActionLineNumber.Parse("1"), "One", []), new PlanSection(ActionLineNumber.Parse("1"), "Again", [])]));

    [Fact]
    public void A_plan_cannot_end_before_it_begins() =>
        Should.Throw<ArgumentException>(() => new Plan(Samples.Cpa, "Plan", "Plan", [Samples.Asean], 2025, 2021));

    [Fact]
    public void A_plan_is_in_force_during_its_years()
    {
        Samples.CpaPlan.IsInForce(2023).ShouldBeTrue();
        Samples.CpaPlan.IsInForce(2026).ShouldBeFalse();
    }

    [Fact]
    public void The_implementation_rate_at_a_date_counts_each_line_by_the_last_status_reported_by_then()
    {
        ActionLine Line(string number) => new(ActionLineNumber.Parse(number), $"Action {number}");
        var plan = new Plan(new Key<Plan>("p"), "A plan", "P", [Samples.Asean, Samples.Russia], 2021, 2025,
        [
            new PlanSection(ActionLineNumber.Parse("1"), "One",
            [
                Line("1.1").With(new StatusChange(new DateOnly(2021, 6, 1), ImplementationStatus.Ongoing)).With(new StatusChange(new DateOnly(2022, 6, 1), ImplementationStatus.Implemented)),
                Line("1.2").With(new StatusChange(new DateOnly(2023, 3, 1), ImplementationStatus.Implemented)),
            ]),
            new PlanSection(ActionLineNumber.Parse("2"), "Two",
            [
                Line("2.1").With(new StatusChange(new DateOnly(2022, 1, 1), ImplementationStatus.Ongoing)),
                Line("2.2"),
            ]),
        ]);

        plan.ProgressOn(new DateOnly(2020, 12, 31)).ShouldBe(new PlanProgress(0, 0, 4));
        plan.ProgressOn(new DateOnly(2021, 12, 31)).ShouldBe(new PlanProgress(0, 1, 3));
        plan.ProgressOn(new DateOnly(2022, 12, 31)).ShouldBe(new PlanProgress(1, 1, 2));
        plan.ProgressOn(new DateOnly(2023, 12, 31)).ToString().ShouldBe("2 of 4 action lines implemented");
        plan.Sections[1].ProgressOn(new DateOnly(2023, 12, 31)).ShouldBe(new PlanProgress(0, 1, 1));
        plan.Progress.ShouldBe(plan.ProgressOn(new DateOnly(2030, 1, 1)));
    }

    [Fact]
    public void A_status_reported_again_for_the_same_day_replaces_the_earlier_report()
    {
        var line = new ActionLine(ActionLineNumber.Parse("1.1"), "Action")
            .With(new StatusChange(new DateOnly(2024, 1, 1), ImplementationStatus.Ongoing))
            .With(new StatusChange(new DateOnly(2024, 1, 1), ImplementationStatus.Implemented));

        line.Changes.ShouldHaveSingleItem().Status.ShouldBe(ImplementationStatus.Implemented);
        line.Status.ShouldBe(ImplementationStatus.Implemented);
    }
}
