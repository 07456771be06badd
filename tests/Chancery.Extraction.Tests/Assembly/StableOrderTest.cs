using Chancery.Extraction.Assembly;

namespace Chancery.Extraction.Tests.Assembly;

public sealed class StableOrderTest
{
    [Fact]
    public void Given_items_with_equal_keys_When_sorted_Then_they_come_by_key_and_keep_their_order_within_a_key()
    {
        (int Key, string Name)[] items = [(5, "e"), (1, "a"), (5, "f"), (3, "c"), (1, "b"), (5, "g"), (3, "d")];

        StableOrder.Sort(items.AsSpan(), static item => item.Key);

        items.Select(item => item.Name).ShouldBe(["a", "b", "c", "d", "e", "f", "g"]);
    }

    [Fact]
    public void Given_negative_and_large_keys_When_sorted_Then_they_come_in_numeric_order()
    {
        int[] items = [int.MaxValue, -3, 0, int.MinValue, 7];

        StableOrder.Sort(items.AsSpan(), static item => item);

        items.ShouldBe([int.MinValue, -3, 0, 7, int.MaxValue]);
    }

    [Fact]
    public void Given_more_items_than_fit_on_the_stack_When_sorted_Then_they_are_ordered_as_stably()
    {
        var items = Enumerable.Range(0, 1000).Select(i => (Key: (i * 7) % 10, Place: i)).ToArray();

        StableOrder.Sort(items.AsSpan(), static item => item.Key);

        items.ShouldBe(Enumerable.Range(0, 1000).Select(i => (Key: (i * 7) % 10, Place: i)).OrderBy(item => item.Key).ToArray());
    }
}
