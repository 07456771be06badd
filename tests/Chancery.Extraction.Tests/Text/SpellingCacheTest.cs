using Chancery.Extraction.Text;

namespace Chancery.Extraction.Tests.Text;

public sealed class SpellingCacheTest
{
    /// <summary>Any hash will do: the cache takes the tokenizer's, and words that share one share a pair of slots.</summary>
    private const uint SharedHash = 0x5eed;

    [Fact]
    public void Given_a_word_met_before_When_spelled_again_Then_the_same_spelling_is_handed_out()
    {
        var cache = new SpellingCache();

        var first = cache.Of("Summit", SharedHash);

        cache.Of("Summit", SharedHash).ShouldBeSameAs(first);
        first.Text.ShouldBe("Summit");
        first.Lower.ShouldBe("summit");
    }

    [Fact]
    public void Given_two_words_that_share_a_hash_When_they_alternate_Then_both_are_kept()
    {
        var (cache, trip, development) = CacheHoldingTwoWordsOfOneHash();

        cache.Of("trip", SharedHash).ShouldBeSameAs(trip);
        cache.Of("development", SharedHash).ShouldBeSameAs(development);
        cache.Of("trip", SharedHash).ShouldBeSameAs(trip);
    }

    [Fact]
    public void Given_a_third_word_on_a_full_pair_When_spelled_Then_the_word_met_longest_ago_gives_way()
    {
        var (cache, oldest, kept) = CacheHoldingTwoWordsOfOneHash();

        var newest = cache.Of("Jakarta", SharedHash);

        cache.Of("development", SharedHash).ShouldBeSameAs(kept);
        cache.Of("Jakarta", SharedHash).ShouldBeSameAs(newest);
        cache.Of("trip", SharedHash).ShouldNotBeSameAs(oldest);
    }

    [Fact]
    public void Given_a_text_that_repeats_its_words_When_tokenised_Then_its_tokens_share_their_spellings()
    {
        var tokens = Tokenizer.Tokenize("ASEAN and Russia met; ASEAN and Russia agreed.");

        tokens[5].Text.ShouldBe("ASEAN");
        tokens[5].Lower.ShouldBeSameAs(tokens[0].Lower);
        tokens[7].Lower.ShouldBeSameAs(tokens[2].Lower);
    }

    /// <summary>A cache that met "trip", then "development", both with the same hash.</summary>
    private static (SpellingCache Cache, Spelling Trip, Spelling Development) CacheHoldingTwoWordsOfOneHash()
    {
        var cache = new SpellingCache();
        var trip = cache.Of("trip", SharedHash);
        return (cache, trip, cache.Of("development", SharedHash));
    }
}
