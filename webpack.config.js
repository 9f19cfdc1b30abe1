/* Builds the Excel add-in (task pane + ribbon commands) into dist-web/, as in Microsoft's
   Office-Addin-TaskPane-React template. dist/ belongs to the CLI's tsc output. */
const path = require('path');
const webpack = require('webpack');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const { OfflinePlugin } = require('./scripts/webpack-offline');

const urlDev = 'https://localhost:3000/';
/** Where the production build is served from; the manifest's dev URLs are rewritten to it. */
const urlProd = process.env.CHITIEU_URL_PROD || 'https://chitieu.github.io/chitieu/';
const port = 3000;
const outDir = path.resolve(__dirname, 'dist-web');
const officeJs = 'https://appsforoffice.microsoft.com';

/** Only `npm run dev-server` needs certificates, so office-addin-dev-certs is required lazily. */
async function getHttpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  const httpsOptions = await devCerts.getHttpsServerOptions();
  return { ca: httpsOptions.ca, key: httpsOptions.key, cert: httpsOptions.cert };
}

function contentSecurityPolicy(dev) {
  const connect = ["'self'", officeJs];
  if (dev) connect.push(`wss://localhost:${port}`);
  return [
    "default-src 'self'",
    `script-src 'self' ${officeJs}`,
    // Fluent UI (Griffel) and Office.js insert <style> elements at run time.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src ${connect.join(' ')}`,
    // office.js opens https://appsforoffice.microsoft.com/lib/1/hosted/AgaveErrorUX/index.html in a
    // hidden frame to ask the person to trust a host page it does not know (an on-premises Office
    // Online Server); without frame-src, default-src 'self' blocks it (review A.15).
    `frame-src ${officeJs}`,
    "object-src 'none'",
    "base-uri 'self'",
  ].join('; ');
}

module.exports = async (env = {}, options = {}) => {
  const dev = options.mode === 'development';
  const serving = Boolean(env.WEBPACK_SERVE);
  // Templates print it first in <head>: <meta http-equiv="Content-Security-Policy" content="<%= htmlWebpackPlugin.options.csp %>" />
  const csp = contentSecurityPolicy(dev);

  return {
    devtool: 'source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: outDir,
      filename: '[name].[contenthash].js',
      chunkFilename: '[name].[contenthash].js',
      assetModuleFilename: 'assets/[name][ext]',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              transpileOnly: true,
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              // ES modules let webpack split `import()` (the file host, the engine) into chunks and tree-shake.
              compilerOptions: { module: 'esnext', moduleResolution: 'node', sourceMap: true },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico|svg)$/,
          type: 'asset/resource',
        },
      ],
    },
    optimization: {
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          // The catalog's data (prepared-index.json is 585 KB) in a chunk of its own, which the
          // compile hint below has V8 compile as it streams in, off the main thread (see there).
          catalog: {
            test: /[\\/]src[\\/]core[\\/]catalog[\\/][^\\/]+\.json$/,
            name: 'catalog',
            chunks: 'async',
            priority: 30,
            enforce: true,
          },
          fluent: {
            test: /[\\/]node_modules[\\/](@fluentui|@griffel|@floating-ui|tabster)[\\/]/,
            name: 'fluent',
            chunks: 'initial',
            priority: 20,
          },
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            chunks: 'initial',
            priority: 20,
          },
        },
      },
    },
    performance: {
      hints: dev ? false : 'warning',
      maxAssetSize: 1024 * 1024,
      maxEntrypointSize: 1536 * 1024,
    },
    plugins: [
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*', to: 'assets/[name][ext]' },
          { from: 'node_modules/pdfjs-dist/legacy/build/pdf.worker.min.mjs', to: 'pdf.worker.min.mjs' },
          // The browser preview's web app manifest (index.html links it).
          { from: 'public/webapp.json', to: 'webapp.json' },
          {
            from: 'manifest.xml',
            to: 'manifest.xml',
            transform(content) {
              return dev ? content : content.toString().replace(new RegExp(urlDev, 'g'), urlProd);
            },
          },
        ],
      }),
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        csp,
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        csp,
      }),
      // The site's root: the same task pane as the browser preview, installable and offline.
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/taskpane/index.html',
        chunks: ['taskpane'],
        csp,
      }),
      // A JSON module is a function returning JSON.parse('…'); V8 compiles a function when first
      // called, parsing the whole of it, string included, on the main thread: 20–80 ms of the
      // engine's load in Chrome traces. This magic comment (Chrome 136+, ignored elsewhere) has V8
      // compile every function of the chunk on a background thread while the chunk streams in.
      new webpack.BannerPlugin({
        banner: '//# allFunctionsCalledOnLoad',
        raw: true,
        test: /^catalog\./,
        // After minifying (terser drops comments), before source maps are written.
        stage: webpack.Compilation.PROCESS_ASSETS_STAGE_OPTIMIZE_SIZE + 1,
      }),
      ...(dev ? [] : [new OfflinePlugin({ template: path.resolve(__dirname, 'src/taskpane/service-worker.js') })]),
    ],
    devServer: {
      hot: true,
      headers: { 'Access-Control-Allow-Origin': '*' },
      server: serving ? { type: 'https', options: await getHttpsOptions() } : 'https',
      port: Number(process.env.npm_package_config_dev_server_port) || port,
      static: { directory: outDir },
    },
  };
};
