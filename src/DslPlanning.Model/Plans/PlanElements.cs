using System;
using System.Collections.Generic;

namespace DslPlanning.Model
{
    /// <summary>
    /// The named elements of one plan by name, for lookups in constant time: code that resolves many references (rules,
    /// reports) would otherwise search the plan's lists once per reference. Where a name is declared twice, the first
    /// declaration is found, as a search of the lists would.
    /// </summary>
    public sealed class PlanElements
    {
        private readonly Dictionary<string, Actor> _actors;
        private readonly Dictionary<string, Funder> _funders;
        private readonly Dictionary<string, Place> _places;
        private readonly Dictionary<string, Area> _areas;
        private readonly Dictionary<string, Goal> _goals;
        private readonly Dictionary<string, Area> _goalAreas;

        public PlanElements(ServicePlan plan)
        {
            Plan = plan ?? throw new ArgumentNullException(nameof(plan));
            _actors = ByName(plan.Actors, actor => actor.Name);
            _funders = ByName(plan.Funders, funder => funder.Name);
            _places = ByName(plan.Places, place => place.Name);
            _areas = ByName(plan.Areas, area => area.Name);
            _goals = ByName(plan.AllGoals, goal => goal.Name);
            _goalAreas = new Dictionary<string, Area>(StringComparer.Ordinal);
            foreach (var area in plan.Areas)
            {
                foreach (var goal in area.Goals)
                {
                    if (!_goalAreas.ContainsKey(goal.Name))
                    {
                        _goalAreas.Add(goal.Name, area);
                    }
                }
            }
        }

        public ServicePlan Plan { get; }

        public Actor? Actor(string name) => Find(_actors, name);

        public Funder? Funder(string name) => Find(_funders, name);

        public Place? Place(string name) => Find(_places, name);

        public Area? Area(string name) => Find(_areas, name);

        /// <summary>A goal of the plan, outside areas or in one.</summary>
        public Goal? Goal(string name) => Find(_goals, name);

        /// <summary>The area a goal is declared in, or null for a goal outside areas.</summary>
        public Area? AreaOfGoal(string goalName) => Find(_goalAreas, goalName);

        private static Dictionary<string, T> ByName<T>(IEnumerable<T> elements, Func<T, string> name)
        {
            var byName = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var element in elements)
            {
                if (!byName.ContainsKey(name(element)))
                {
                    byName.Add(name(element), element);
                }
            }

            return byName;
        }

        private static T? Find<T>(Dictionary<string, T> elements, string name)
            where T : class =>
            elements.TryGetValue(name, out var element) ? element : null;
    }
}
