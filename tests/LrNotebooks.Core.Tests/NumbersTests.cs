using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using MathNet.Numerics.LinearAlgebra;

namespace LrNotebooks.Core.Tests;

public sealed class NumbersTests
{
    [Theory]
    [InlineData(0.0, "0")]
    [InlineData(0.5, "0.5")]
    [InlineData(1.0 / 3, "0.333")]
    [InlineData(2.0 / 3, "0.667")]
    [InlineData(12.345, "12.3")]
    [InlineData(1240, "1240")]
    [InlineData(1000, "1000")]
    [InlineData(999.4, "999")]
    [InlineData(9999.7, "1e+4")]
    [InlineData(12345.6, "1.23e+4")]
    [InlineData(12345, "12345")]
    [InlineData(-333610, "-333610")]
    [InlineData(1e6, "1e+6")]
    [InlineData(0.001, "0.001")]
    [InlineData(0.00123456, "0.00123")]
    [InlineData(0.000999, "9.99e-4")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(-2.5e12, "-2.5e+12")]
    [InlineData(-2.5e5, "-250000")]
    [InlineData(-0.25, "-0.25")]
    [InlineData(double.NaN, "NaN")]
    [InlineData(double.PositiveInfinity, "+inf")]
    [InlineData(double.NegativeInfinity, "-inf")]
    [InlineData(double.MaxValue, "1.8e+308")]
    [InlineData(double.Epsilon, "4.9e-324")]
    public void Format_is_short_and_readable(double value, string expected) =>
        Assert.Equal(expected, Numbers.Format(value, value is double.MaxValue or double.Epsilon ? 2 : 3));

    [Fact]
    public void Format_honours_the_number_of_significant_digits()
    {
        Assert.Equal("0.3125", Numbers.Format(0.3125, 4));
        Assert.Equal("0.3", Numbers.Format(0.3125, 1));
        Assert.Equal("3.142", Numbers.Format(Math.PI, 4));
        Assert.Equal("significantDigits", Assert.Throws<ArgumentOutOfRangeException>(() => Numbers.Format(1, 0)).ParamName);
        Assert.Equal("significantDigits", Assert.Throws<ArgumentOutOfRangeException>(() => Numbers.Format(1, 16)).ParamName);
    }

    [Fact]
    public void Formatted_numbers_read_back_within_half_a_unit_of_the_last_digit()
    {
        Prop.ForAll(ArbMap.Default.ArbFor<NormalFloat>(), Gen.Choose(1, 8).ToArbitrary(), (value, digits) =>
        {
            double x = value.Get;
            double back = double.Parse(Numbers.Format(x, digits), NumberStyles.Float, CultureInfo.InvariantCulture);
            double allowed = 0.5 * Math.Pow(10, 1 - digits) * Math.Abs(x) * 1.000001 + double.Epsilon;
            return Math.Abs(back - x) <= allowed || (double.IsInfinity(back) && Math.Abs(x) > 1e308);
        }).QuickCheckThrowOnFailure();
    }

    [Theory]
    [InlineData(0.25, "25%")]
    [InlineData(0.1234, "12.3%")]
    [InlineData(1, "100%")]
    [InlineData(0, "0%")]
    public void Percent_formats_a_fraction(double fraction, string expected) => Assert.Equal(expected, Numbers.Percent(fraction));

    [Fact]
    public void Percent_rejects_non_finite_values() =>
        Assert.Equal("fraction", Assert.Throws<ArgumentOutOfRangeException>(() => Numbers.Percent(double.NaN)).ParamName);

    [Fact]
    public void List_formats_every_number() => Assert.Equal("[0.5, 1.5e-7, 0.333]", Numbers.List([0.5, 1.5e-7, 1.0 / 3]));

    [Fact]
    public void Matrix_aligns_columns_and_prints_negative_zero_as_zero()
    {
        var hessian = Matrix<double>.Build.DenseOfArray(new[,] { { 0.2, -0.0 }, { -0.0, 4 } });

        Assert.Equal("| 0.2  0 |" + Environment.NewLine + "| 0    4 |", Numbers.Matrix(hessian));
        Assert.Equal("| -1.5e-7  12.3 |", Numbers.Matrix(Matrix<double>.Build.DenseOfArray(new[,] { { -1.5e-7, 12.34 } })));
        Assert.Equal("matrix", Assert.Throws<ArgumentNullException>(() => Numbers.Matrix(null!)).ParamName);
    }
}
