namespace Chancery.App.Tests;

public sealed class StoreLocationTest
{
    private static Func<string, string?> Environment(string? chanceryDb) => name => name == StoreLocation.EnvironmentVariable ? chanceryDb : null;

    [Fact]
    public void The_option_wins_over_the_environment() =>
        StoreLocation.Resolve("mine.db", Environment("team.db")).ShouldBe(new StoreLocation("mine.db", IsDefault: false));

    [Fact]
    public void The_environment_wins_over_the_default() =>
        StoreLocation.Resolve(null, Environment("team.db")).ShouldBe(new StoreLocation("team.db", IsDefault: false));

    [Fact]
    public void Without_either_the_store_lives_in_the_platform_data_folder()
    {
        var location = StoreLocation.Resolve(" ", Environment(null));

        location.IsDefault.ShouldBeTrue();
        location.Path.ShouldEndWith(Path.Combine("chancery", "chancery.db"));
        Path.IsPathRooted(location.Path).ShouldBeTrue();
    }
}
