/**
 * The default VitePress theme plus Plural's components, registered globally so pages can use them
 * directly in Markdown (`<FormatTable />`, `<LpSolveDemo />`, …).
 */
import type { Theme } from 'vitepress';
import DefaultTheme from 'vitepress/theme';
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

const theme: Theme = {
  extends: DefaultTheme,
  enhanceApp({ app }) {
    const components = {
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
