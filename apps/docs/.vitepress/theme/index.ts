/**
 * The default VitePress theme plus Plural's components, registered globally so pages can use them
 * directly in Markdown (`<FormatTable />`, `<RuleTable page="margin" />`, `<VoteDemo />`, …).
 */
import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
import { defineAsyncComponent } from 'vue';
import ErrorTable from './components/ErrorTable.vue';
import FormatConvertDemo from './components/FormatConvertDemo.vue';
import FormatSample from './components/FormatSample.vue';
import FormatTable from './components/FormatTable.vue';
import GeneratorCatalogue from './components/GeneratorCatalogue.vue';
import GeneratorTable from './components/GeneratorTable.vue';
import LpSolveDemo from './components/LpSolveDemo.vue';
import MallowsDemo from './components/MallowsDemo.vue';
import MaximalLotteryDemo from './components/MaximalLotteryDemo.vue';
import PackageTable from './components/PackageTable.vue';
import ProfileMarginsDemo from './components/ProfileMarginsDemo.vue';
import RngDemo from './components/RngDemo.vue';
import './style.css';

/**
 * The components of the voting pages read the registries of @plural/voting: loaded on demand, they
 * and the package make chunks of their own, which only the pages that use them fetch.
 */
const votingComponents = {
  ApportionmentDemo: defineAsyncComponent(() => import('./components/ApportionmentDemo.vue')),
  AxiomCatalogue: defineAsyncComponent(() => import('./components/AxiomCatalogue.vue')),
  ExactLotteryDemo: defineAsyncComponent(() => import('./components/ExactLotteryDemo.vue')),
  FamilyTable: defineAsyncComponent(() => import('./components/FamilyTable.vue')),
  PropertyTable: defineAsyncComponent(() => import('./components/PropertyTable.vue')),
  RuleTable: defineAsyncComponent(() => import('./components/RuleTable.vue')),
  VoteDemo: defineAsyncComponent(() => import('./components/VoteDemo.vue')),
};

/** The facility-location components read @plural/facility-location: a chunk only its page fetches. */
const facilityComponents = {
  FacilityAxiomTable: defineAsyncComponent(() => import('./components/FacilityAxiomTable.vue')),
  FacilityLineDemo: defineAsyncComponent(() => import('./components/FacilityLineDemo.vue')),
  FacilityMechanismTable: defineAsyncComponent(() => import('./components/FacilityMechanismTable.vue')),
};

const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    const components = {
      ...votingComponents,
      ...facilityComponents,
      ErrorTable,
      FormatConvertDemo,
      FormatSample,
      FormatTable,
      GeneratorCatalogue,
      GeneratorTable,
      LpSolveDemo,
      MallowsDemo,
      MaximalLotteryDemo,
      PackageTable,
      ProfileMarginsDemo,
      RngDemo,
    };
    for (const [name, component] of Object.entries(components)) app.component(name, component);
  },
};

export default theme;
