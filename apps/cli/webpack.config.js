module.exports = require('../../tools/webpack/service.config')('cli', __dirname);
