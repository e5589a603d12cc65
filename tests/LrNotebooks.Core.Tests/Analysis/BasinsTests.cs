using LrNotebooks.Core.Analysis;
using LrNotebooks.Core.Optimizers;
using LrNotebooks.Core.Running;
using LrNotebooks.Core.Surfaces;

namespace LrNotebooks.Core.Tests.Analysis;

public sealed class BasinsTests
{
    private static readonly SurfaceMinimum Global = new([-2], -3, true);
    private static readonly SurfaceMinimum Local = new([1.5], -1, false);
    private static readonly ListedMinima TwoWells = new([Global, Local], new PlotDomain(-4, 4, -4, 2));

    [Theory]
    [InlineData(-2.5, -2)]
    [InlineData(-0.3, -2)]
    [InlineData(-0.2, 1.5)]
    [InlineData(3, 1.5)]
    public void Nearest_finds_the_closest_listed_minimum(double x, double expected) =>
        Assert.Equal(expected, Basins.Nearest(TwoWells, [x]).Location[0]);

    [Fact]
    public void A_run_ends_in_the_global_minimum_when_its_final_loss_is_close_to_f_star()
    {
        Assert.True(Basins.EndsInGlobalMinimum(TwoWells, Runs.Of([[0], [-2]], [0, -2.9999]), 1e-3));
        Assert.False(Basins.EndsInGlobalMinimum(TwoWells, Runs.Of([[0], [1.5]], [0, -1]), 1e-3));
        var diverged = Runs.Of([[0], [-2]], [0, -3], new RunStatus(RunOutcome.Diverged, 1));
        Assert.False(Basins.EndsInGlobalMinimum(TwoWells, diverged, 1e-3));
    }

    [Fact]
    public void A_run_ends_in_a_local_minimum_when_it_stops_near_it()
    {
        Assert.True(Basins.EndsInLocalMinimum(Runs.Of([[0], [1.45]], [0, -1]), Local, 0.1));
        Assert.False(Basins.EndsInLocalMinimum(Runs.Of([[0], [1.3]], [0, -1]), Local, 0.1));
        Assert.False(Basins.EndsInLocalMinimum(Runs.Of([[0], [-2]], [0, -3]), Global, 0.1));
        Assert.False(Basins.EndsInLocalMinimum(Runs.Of([[0], [1.5]], [0, -1], new RunStatus(RunOutcome.Diverged, 1)), Local, 0.1));
    }

    [Fact]
    public void A_1d_start_grid_spans_the_domain_inside_the_margin()
    {
        double[][] grid = Basins.StartGrid(TwoWells, 5, margin: 0.25);

        Assert.Equal([-2.0, -1, 0, 1, 2], grid.Select(p => p[0]));
        Assert.Equal([0.0], Basins.StartGrid(TwoWells, 1).Single());
    }

    [Fact]
    public void A_2d_start_grid_has_per_axis_squared_points_row_by_row()
    {
        var bowl = new QuadraticForm(1, 0, 1); // domain [-2, 2] x [-1, 1]

        double[][] grid = Basins.StartGrid(bowl, 3, margin: 0);

        Assert.Equal(9, grid.Length);
        Assert.Equal([-2.0, -1], grid[0]);
        Assert.Equal([0.0, -1], grid[1]);
        Assert.Equal([2.0, 1], grid[8]);
    }

    [Fact]
    public void A_census_counts_where_runs_ended_and_which_trapped_starts_escaped()
    {
        Trajectory global = Runs.Of([[0], [-2]], [0, -3]);
        Trajectory local = Runs.Of([[0], [1.5]], [0, -1]);
        Trajectory bouncing = Runs.Of([[0], [0.7]], [0, 0.2]);
        Trajectory diverged = Runs.Of([[0], [9]], [0, 50], new RunStatus(RunOutcome.Diverged, 1));
        double[] rates = [0.01, 0.5, 0.9];
        Trajectory[][] runs =
        [
            [global, local, local, local],     // reference: starts 1, 2, 3 trapped
            [global, global, local, bouncing], // start 1 escapes
            [local, global, global, diverged], // starts 1 and 2 escape; start 0 got worse
        ];

        IReadOnlyList<BasinCensus> census = Basins.Census(TwoWells, rates, runs);

        Assert.Equal(new BasinCensus(0.01, 4, 1, 3, 0, 0, 3, 0), census[0]);
        Assert.Equal(new BasinCensus(0.5, 4, 2, 1, 1, 0, 3, 1), census[1]);
        Assert.Equal(new BasinCensus(0.9, 4, 2, 1, 1, 1, 3, 2), census[2]);
        Assert.Equal(2.0 / 3, census[2].EscapeFraction, 12);
        Assert.Equal(0.5, census[2].GlobalFraction, 12);
        Assert.Equal("η = 0.9: 2/4 global, 1 local, 1 elsewhere; escaped 2 of 3 trapped (66.7%)", census[2].ToString());
    }

    [Fact]
    public void A_survey_runs_every_start_at_every_rate_and_counts_like_the_census()
    {
        // f = x cos x + x²/2: global minimum near -0.56, local near 2.37 (surface owner's documented values).
        var wavy = Surface.XCosine(1, 1);
        double[][] starts = [[-2.0], [0.5], [3.0], [5.0]];
        double[] rates = [0.05, 0.5];
        var options = new RunOptions { Steps = 400 };

        IReadOnlyList<BasinCensus> survey = Basins.Survey(wavy, starts, rates, lr => Optimizer.Sgd(lr), options);

        IReadOnlyList<Trajectory>[] runs = [.. rates.Select(lr =>
            (IReadOnlyList<Trajectory>)[.. starts.Select(s => Descent.Run(wavy, Optimizer.Sgd(lr), s, options))])];
        Assert.Equal(Basins.Census(wavy, rates, runs), survey);
        Assert.Equal(2, survey[0].Trapped);           // 3.0 and 5.0 slide into the local valley at η = 0.05
        Assert.Equal(1, survey[1].Escaped);           // η = 0.5 jumps the ridge from 5.0 only
        Assert.Equal(3, survey[1].InGlobal);
    }

    [Fact]
    public void A_census_rejects_ragged_or_mismatched_runs()
    {
        Trajectory run = Runs.Of([[0], [-2]], [0, -3]);
        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => Basins.Census(TwoWells, [0.1, 0.2], [[run]])).ParamName);
        Assert.Equal("runs", Assert.Throws<ArgumentException>(() => Basins.Census(TwoWells, [0.1, 0.2], [[run], [run, run]])).ParamName);
        Assert.Equal("learningRates", Assert.Throws<ArgumentOutOfRangeException>(() => Basins.Census(TwoWells, [], [])).ParamName);
        Assert.Equal("radius", Assert.Throws<ArgumentOutOfRangeException>(() => Basins.Census(TwoWells, [0.1], [[run]], radius: 0)).ParamName);
        Assert.Equal(0, new BasinCensus(0.1, 0, 0, 0, 0, 0, 0, 0).EscapeFraction);
    }

    [Fact]
    public void Bad_input_is_rejected_naming_the_parameter()
    {
        Assert.Equal("point", Assert.Throws<ArgumentException>(() => Basins.Nearest(TwoWells, [1, 2])).ParamName);
        Assert.Equal("tolerance", Assert.Throws<ArgumentOutOfRangeException>(() => Basins.EndsInGlobalMinimum(TwoWells, Runs.OneD(1), -1)).ParamName);
        Assert.Equal("radius", Assert.Throws<ArgumentOutOfRangeException>(() => Basins.EndsInLocalMinimum(Runs.OneD(1), Local, 0)).ParamName);
        Assert.Equal("perAxis", Assert.Throws<ArgumentOutOfRangeException>(() => Basins.StartGrid(TwoWells, 0)).ParamName);
        Assert.Equal("margin", Assert.Throws<ArgumentOutOfRangeException>(() => Basins.StartGrid(TwoWells, 3, 0.5)).ParamName);
        Assert.Equal("starts", Assert.Throws<ArgumentOutOfRangeException>(
            () => Basins.Survey(TwoWells, [], [0.1], lr => Optimizer.Sgd(lr), new RunOptions())).ParamName);
        Assert.Equal("optimizer", Assert.Throws<ArgumentNullException>(
            () => Basins.Survey(TwoWells, [[0.0]], [0.1], null!, new RunOptions())).ParamName);
    }
}
