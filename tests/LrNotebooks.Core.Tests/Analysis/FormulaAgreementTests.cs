using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Schedules;

namespace LrNotebooks.Core.Tests.Analysis;

public sealed class FormulaAgreementTests
{
    [Fact]
    public void ExactAgreementHasZeroErrorAtTheFirstStep()
    {
        var agreement = FormulaAgreement.Compare([1.0, 0.5, 0.25], t => Math.Pow(0.5, t));
        Assert.Equal(new FormulaAgreement(3, 0, 1, 1, 0), agreement);
        Assert.True(agreement.Within(0));
        Assert.Equal("3 steps, every value exactly equal to the formula", agreement.ToString());
    }

    [Fact]
    public void TheWorstStepIsReportedWithItsRelativeError()
    {
        var agreement = FormulaAgreement.Compare([1.0, 0.51, 0.2501, 0.125], t => Math.Pow(0.5, t));
        Assert.Equal(1, agreement.WorstStep);
        Assert.Equal(0.51, agreement.Actual);
        Assert.Equal(0.5, agreement.Expected);
        Assert.Equal(0.02, agreement.RelativeError, 1e-12);
        Assert.True(agreement.Within(0.02 + 1e-12));
        Assert.False(agreement.Within(0.019));
        Assert.Equal("4 steps, largest relative error 0.02 at t = 1 (0.51 vs formula 0.5)", agreement.ToString());
    }

    [Fact]
    public void NearZeroTheFloorMakesTheErrorAbsolute()
    {
        Assert.Equal(1e-3, FormulaAgreement.Compare([1e-15], _ => 0).RelativeError, 1e-15);
        Assert.Equal(1e-5, FormulaAgreement.Compare([1e-15], _ => 0, floor: 1e-10).RelativeError, 1e-15);
        Assert.Equal(0, FormulaAgreement.Compare([0.0], _ => 0).RelativeError);
    }

    [Fact]
    public void AScheduleFollowsItsOwnClosedForm()
    {
        var exponential = Schedule.Exponential(0.5, 0.97);
        Assert.True(FormulaAgreement.Compare(exponential.Preview(200), t => 0.5 * Math.Pow(0.97, t)).Within(1e-12));
        Assert.False(FormulaAgreement.Compare(exponential.Preview(200), t => 0.5 * Math.Pow(0.971, t)).Within(1e-3));
    }

    [Fact]
    public void BadArgumentsAreRejectedByName()
    {
        Assert.Equal("values", Assert.Throws<ArgumentOutOfRangeException>(() => FormulaAgreement.Compare([], t => t)).ParamName);
        Assert.Equal("values[1]", Assert.Throws<ArgumentOutOfRangeException>(() => FormulaAgreement.Compare([1.0, double.NaN], t => t)).ParamName);
        Assert.Equal("formula(0)", Assert.Throws<ArgumentOutOfRangeException>(() => FormulaAgreement.Compare([1.0], _ => double.PositiveInfinity)).ParamName);
        Assert.Equal("floor", Assert.Throws<ArgumentOutOfRangeException>(() => FormulaAgreement.Compare([1.0], t => t, 0)).ParamName);
        Assert.Throws<ArgumentNullException>(() => FormulaAgreement.Compare(null!, t => t));
        Assert.Throws<ArgumentNullException>(() => FormulaAgreement.Compare([1.0], null!));
        Assert.Equal("relativeTolerance", Assert.Throws<ArgumentOutOfRangeException>(() => FormulaAgreement.Compare([1.0], _ => 1).Within(-1)).ParamName);
    }
}
