namespace LrNotebooks.Training.Tests;

/// <summary>The finiteness check the trainer runs after every step: every position of every vector length is seen.</summary>
public sealed class KernelsTests
{
    [Theory]
    [InlineData(double.NaN)]
    [InlineData(double.PositiveInfinity)]
    [InlineData(double.NegativeInfinity)]
    public void AllFiniteFindsANonFiniteValueAtEveryPosition(double bad)
    {
        for (int length = 1; length <= 41; length++)
            for (int position = 0; position < length; position++)
            {
                var values = Enumerable.Range(0, length).Select(i => (i % 2 == 0 ? 1 : -1) * double.MaxValue / (i + 1)).ToArray();
                values[position] = bad;
                Assert.False(Kernels.AllFinite(values), $"length {length}, {bad} at {position}");
            }
    }

    [Fact]
    public void AllFiniteAcceptsFiniteValuesOfEveryLength()
    {
        for (int length = 0; length <= 41; length++)
        {
            var values = Enumerable.Range(0, length).Select(i => (i % 2 == 0 ? 1 : -1) * double.MaxValue / (i + 1)).ToArray();
            Assert.True(Kernels.AllFinite(values), $"length {length}");
        }
    }
}
