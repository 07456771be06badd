using Chancery.Testing;

namespace Chancery.Domain.Tests;

public sealed class PersonTest
{
    [Fact]
    public void The_position_held_on_a_date_is_the_latest_begun_whose_dates_allow_it()
    {
        var lavrov = new Person("Sergey Lavrov")
        {
            Positions =
            [
                new Position("Foreign Minister", Samples.Russia, new DateOnly(2004, 3, 9)),
                new Position("Permanent Representative to the United Nations", Samples.Russia, new DateOnly(1994, 1, 1), new DateOnly(2004, 3, 8)),
            ],
        };

        lavrov.Positions[0].Title.ShouldStartWith("Permanent Representative");
        lavrov.PositionOn(new DateOnly(2000, 1, 1))!.Title.ShouldStartWith("Permanent Representative");
        lavrov.PositionOn(new DateOnly(2023, 7, 13))!.Title.ShouldBe("Foreign Minister");
        lavrov.PositionOn(new DateOnly(1990, 1, 1)).ShouldBeNull();
    }

    [Fact]
    public void A_position_without_dates_may_be_held_on_any_day() =>
        Samples.Tene.PositionOn(new DateOnly(2023, 7, 5))!.Portfolio.ShouldBe("ASEAN Political-Security Community");

    [Fact]
    public void An_ambassador_is_his_state_s_official_posted_to_ASEAN()
    {
        var post = Samples.Zagaynov.Positions.Single();

        post.Affiliation.ShouldBe(Samples.Russia);
        post.AccreditedTo.ShouldBe(Samples.Asean);
        post.ToString().ShouldBe("Ambassador (RU) to ASEAN");
    }

    [Fact]
    public void A_position_cannot_end_before_it_begins() =>
        Should.Throw<ArgumentException>(() => new Position("Ambassador", Samples.Russia, new DateOnly(2023, 1, 1), new DateOnly(2022, 1, 1)));

    [Fact]
    public void Aliases_leave_out_blanks_repeats_and_the_name_itself() =>
        new Person("Evgeny Zagaynov") { Aliases = ["Evgeniy Zagaynov", " ", "Evgeny Zagaynov", "Evgeniy Zagaynov"] }
            .Aliases.ShouldBe(["Evgeniy Zagaynov"]);
}
