using System.Text;

namespace LrNotebooks.Notebooks.Tests;

public sealed class StreamOutputLimitTests
{
    [Fact]
    public void Text_within_the_budget_is_kept_whole()
    {
        Assert.Equal(("abc", 0L), StreamOutputLimit.Cut("abc", 3));
    }

    [Fact]
    public void Text_past_the_budget_is_cut_and_the_dropped_bytes_counted()
    {
        Assert.Equal(("ab", 3L), StreamOutputLimit.Cut("abcde", 2));
        Assert.Equal(("", 5L), StreamOutputLimit.Cut("abcde", 0));
        Assert.Equal(("", 5L), StreamOutputLimit.Cut("abcde", -7));
    }

    [Fact]
    public void A_character_is_never_cut_in_half()
    {
        // "é" is 2 UTF-8 bytes, "😀" a surrogate pair of 4.
        Assert.Equal(("a", 2L), StreamOutputLimit.Cut("aé", 2));
        var (kept, dropped) = StreamOutputLimit.Cut("x😀y", 4);
        Assert.Equal("x", kept);
        Assert.Equal(Encoding.UTF8.GetByteCount("x😀y") - 1, dropped);
    }

    [Fact]
    public void The_marker_says_how_much_was_not_stored()
    {
        Assert.Contains("output truncated: 1234 bytes not stored", StreamOutputLimit.Marker(1234));
        Assert.Equal(1 << 20, StreamOutputLimit.MaxBytesPerCell);
    }
}
