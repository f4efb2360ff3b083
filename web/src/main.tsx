import { render } from 'preact'
import { App } from './app.js'
import { readPageData } from './page-data.js'
import './styles.css'

const { result, config } = readPageData()
const root = document.getElementById('app')
if (root !== null) {
  root.textContent = ''
  render(<App initial={result} config={config} />, root)
}
