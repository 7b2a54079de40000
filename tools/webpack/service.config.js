const { NxAppWebpackPlugin } = require('@nx/webpack/app-plugin');
const { join } = require('path');

/**
 * Nx configures swc-loader in loose mode, where `[...new Set(x)]` becomes `[].concat(set)`:
 * wrong results, silently. This plugin turns loose mode off and targets ES2022 (Node 20).
 */
class StrictSwcPlugin {
  apply(compiler) {
    for (const rule of compiler.options.module.rules) {
      if (rule && typeof rule.loader === 'string' && rule.loader.includes('swc-loader')) {
        rule.options = { ...rule.options, jsc: { ...rule.options.jsc, loose: false, target: 'es2022', keepClassNames: true } };
      }
    }
  }
}

/**
 * Webpack config of every Node service: one bundle at dist/apps/<name>/main.js with the libs
 * inlined and node_modules external. SWC keeps Nest's decorator metadata and builds in
 * seconds; types are checked by the typecheck target.
 */
module.exports = function serviceWebpackConfig(name, projectDir) {
  return {
    context: projectDir,
    output: {
      path: join(__dirname, '../../dist/apps', name),
      clean: true,
      ...(process.env.NODE_ENV !== 'production' && { devtoolModuleFilenameTemplate: '[absolute-resource-path]' }),
    },
    plugins: [
      new NxAppWebpackPlugin({
        target: 'node',
        compiler: 'swc',
        skipTypeChecking: true,
        main: './src/main.ts',
        tsConfig: './tsconfig.app.json',
        // The document parser's worker runs as its own file next to the bundle.
        assets: [{ input: 'libs/document-parsing/src/workers', glob: '*.js', output: 'workers' }],
        optimization: false,
        outputHashing: 'none',
        generatePackageJson: false,
        sourceMap: true,
      }),
      new StrictSwcPlugin(),
    ],
  };
};
